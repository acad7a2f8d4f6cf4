// What an integrator's strict TypeScript writes against the installed packages (type-checked by
// test/build/packages.test.mjs under the bundler, node16 and node10 module resolutions).
import '@cqtt/elements/friday-warning/define';
import '@cqtt/elements/closing-reminder/define';
import '@cqtt/elements/survey/define';
import type { ClosingReminder, CqttSurvey, FridayWarning } from '@cqtt/elements';
import { CqttPropsError, mount, parcels, sharedAdapter, unmount, type CqttProps } from '@cqtt/microfrontend';
import { isWorkingDay, parseLocalDate, type PortalAdapter } from '@cqtt/core';
import { HttpAdminAdapter } from '@cqtt/core/admin';

const warning: FridayWarning = document.createElement('cqtt-friday-warning');
warning.dossierId = 'PL-261125-0024';
warning.addEventListener('cqtt-appointment-check', (event) => {
  const ok: boolean = event.detail.ok;
  if (!ok) event.preventDefault();
});

const reminder: ClosingReminder = document.createElement('cqtt-closing-reminder');
reminder.graceMinutes = 30;
reminder.addEventListener('cqtt-close-dossier', (event) => event.detail.respond(Promise.resolve()));

const survey: CqttSurvey = document.createElement('cqtt-survey');
survey.kiosk = true;
survey.addEventListener('cqtt-survey-submit', (event) => console.log(event.detail.dossierId, event.detail.level));

const adapter: PortalAdapter = sharedAdapter({ baseUrl: '', token: () => 'Bearer staff-token' });
const props: CqttProps = {
  domElement: document.body,
  adapter,
  locale: 'vi',
  elements: [{ tag: 'cqtt-survey', properties: { surveyToken: 'token' } }],
};

export async function embed(): Promise<void> {
  try {
    await mount(props);
    await unmount(props);
  } catch (error) {
    if (error instanceof CqttPropsError) console.error(error.path);
  }
}

export const surveyParcel = parcels.surveyParcel;
export const admin = HttpAdminAdapter;
export const friday: boolean = isWorkingDay(parseLocalDate('2026-12-04'));
