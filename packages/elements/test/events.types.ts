/*
 * Type-level test, checked by `tsc` (not run): an integrator's listener gets each event's detail type from
 * `HTMLElementEventMap`, with no cast.
 */
import type { SatisfactionLevel } from '@cqtt/core';
import type { CqttEventDetail, SurveySubmitDetail } from '@cqtt/elements';
import type { CqttSurvey } from '../src/survey/cqtt-survey.js';
import type { FridayWarning } from '../src/friday-warning/friday-warning.js';
import { LocalizedElement } from '@cqtt/elements';

declare const survey: CqttSurvey;
declare const warning: FridayWarning;
declare const anyElement: HTMLElement;

survey.addEventListener('cqtt-survey-submit', (event) => {
  const dossierId: string = event.detail.dossierId;
  const level: SatisfactionLevel = event.detail.level;
  // @ts-expect-error the vote's detail carries no personal data
  void event.detail.comment;
  return [dossierId, level];
});
survey.addEventListener('cqtt-survey-delivered', (event) => event.detail.duplicate satisfies boolean);
survey.addEventListener('cqtt-survey-reset', (event) => event.detail satisfies null);
warning.addEventListener('cqtt-appointment-check', (event) => event.detail.verdict.ok satisfies boolean);
anyElement.addEventListener('cqtt-close-dossier', (event) => event.detail.respond(Promise.resolve()));
anyElement.addEventListener('cqtt-apology-slip', (event) => event.detail.slip.newAppointmentDate satisfies string);
anyElement.addEventListener('cqtt-ticker-pause-change', (event) => event.detail.paused satisfies boolean);
anyElement.addEventListener('cqtt-report-export', (event) => event.detail.csv satisfies string);

export class Emitter extends LocalizedElement {
  send(): void {
    const detail: CqttEventDetail<'cqtt-survey-submit'> = { dossierId: 'HS-1', level: 5 } satisfies SurveySubmitDetail;
    this.emit('cqtt-survey-submit', detail);
    // @ts-expect-error a detail of another event is refused
    this.emit('cqtt-survey-submit', { paused: true });
    // @ts-expect-error only the package's events
    this.emit('click', null);
  }
}
