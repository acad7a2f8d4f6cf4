import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@cqtt/elements/friday-warning/define';
import type { FridayWarning } from '../src/friday-warning/friday-warning.js';
import type { AppointmentCheckDetail } from '../src/events/appointment-check.js';
import { CountingPortal, type TestClock, birthDossier, birthRegistration, shadowText, sonGiang, thacMo, vn } from './same-day-badge-fixtures.js';

/** Friday 27/11/2026 16:30 in Vietnam is Friday 01:30 in Los Angeles: the verdict must not change. */
const fridayAfternoon = vn('2026-11-27', '16:30');
const dossiers = [
  birthDossier('HS-FRI', { receivedAt: fridayAfternoon, appointmentAt: vn('2026-11-30', '17:00') }),
  birthDossier('HS-FRI-PRIVATE', { receivedAt: fridayAfternoon, appointmentAt: vn('2026-11-30', '17:00') }),
  birthDossier('HS-FRI-WITHDRAWN', { status: 'withdrawn', receivedAt: fridayAfternoon, appointmentAt: vn('2026-11-30', '17:00') }),
  birthDossier('HS-FRI-OK', { receivedAt: fridayAfternoon, appointmentAt: vn('2026-11-27', '17:00') }),
];
const ackKey = 'cqtt:friday-warning:ack:HS-FRI:2026-11-27';

function setup() {
  const clock: TestClock = { now: vn('2026-11-27', '16:35') };
  return { clock, adapter: new CountingPortal(dossiers, clock) };
}

function collectChecks(): AppointmentCheckDetail[] {
  const seen: AppointmentCheckDetail[] = [];
  document.addEventListener('cqtt-appointment-check', (event) => {
    const check = event as CustomEvent<AppointmentCheckDetail>;
    expect(check.bubbles && check.composed && check.cancelable).to.equal(true);
    seen.push(check.detail);
  });
  return seen;
}

function part(el: FridayWarning, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
}

describe('<cqtt-friday-warning> on a dossier', () => {
  it('runs in the time zone the test run asked for (the verdicts below must not depend on it)', async () => {
    const { zone } = (await (await fetch('/__cqtt/test-zone')).json()) as { zone: string | null };
    if (!zone) return;
    const hourThere = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(fridayAfternoon);
    expect(new Date(fridayAfternoon).getHours()).to.equal(Number(hourThere));
  });

  beforeEach(() => localStorage.removeItem(ackKey));
  afterEach(() => localStorage.removeItem(ackKey));

  it('explains a Friday dossier put off to next week, with the correct dates, and remembers "Đã hiểu" for the day', async () => {
    const checks = collectChecks();
    const { adapter } = setup();
    const el = await fixture<FridayWarning>(html`<cqtt-friday-warning .adapter=${adapter} dossier-id="HS-FRI"></cqtt-friday-warning>`);
    await waitUntil(() => part(el, 'warning') !== null, 'no warning');
    const warning = part(el, 'warning')!;
    expect(warning.getAttribute('role')).to.equal('region');
    expect(shadowText(warning)).to.contain(
      'hồ sơ “Đăng ký khai sinh” tiếp nhận thứ Sáu 27/11/2026 phải trả trong ngày (chậm nhất 17:00 27/11/2026), không hẹn ngày 30/11/2026.',
    );
    expect(checks.at(-1)).to.deep.include({ ok: false });
    expect(checks.at(-1)!.verdict).to.deep.include({ applies: true, ok: false, friday: '2026-11-27', reason: 'next-week', proposedDate: '2026-11-30' });
    await expect(el).to.be.accessible();

    el.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'warning')).to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus stays on the acknowledged warning, not <body>').to.equal(part(el, 'info'));
    expect(shadowText(part(el, 'info')!)).to.match(/^Đã xác nhận hôm nay: Thứ Sáu không hẹn qua tuần/);
    expect(part(el, 'info')!.querySelector('svg.icon')!.getAttribute('data-icon')).to.equal('check');
    expect(localStorage.getItem(ackKey)).to.equal('2026-11-27T09:35:00.000Z');
    await expect(el).to.be.accessible();

    const again = await fixture<FridayWarning>(html`<cqtt-friday-warning .adapter=${adapter} dossier-id="HS-FRI"></cqtt-friday-warning>`);
    await waitUntil(() => part(again, 'info') !== null, 'the acknowledgement was forgotten');
    expect(part(again, 'warning')).to.equal(null);
  });

  it('still takes "Đã hiểu" when the storage is unavailable', async () => {
    const { adapter } = setup();
    const originals = Object.getOwnPropertyDescriptors(Storage.prototype);
    const blocked = {
      value: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      configurable: true,
    };
    Object.defineProperties(Storage.prototype, { getItem: blocked, setItem: blocked });
    try {
      const el = await fixture<FridayWarning>(html`<cqtt-friday-warning .adapter=${adapter} dossier-id="HS-FRI-PRIVATE"></cqtt-friday-warning>`);
      await waitUntil(() => part(el, 'warning') !== null, 'no warning');
      el.shadowRoot!.querySelector('button')!.click();
      await el.updateComplete;
      expect(part(el, 'warning')).to.equal(null);
      expect(part(el, 'info')).not.to.equal(null);
    } finally {
      Object.defineProperties(Storage.prototype, { getItem: originals.getItem, setItem: originals.setItem });
    }
  });

  it('states the rule as information when the appointment keeps it, in English too', async () => {
    const { adapter } = setup();
    const el = await fixture<FridayWarning>(html`<cqtt-friday-warning locale="en" .adapter=${adapter} dossier-id="HS-FRI-OK"></cqtt-friday-warning>`);
    await waitUntil(() => part(el, 'info') !== null, 'no information');
    expect(part(el, 'info')!.getAttribute('role')).to.equal('status');
    expect(shadowText(part(el, 'info')!)).to.equal('Received on Friday 27/11/2026: return the result today, by 17:00 27/11/2026 at the latest.');
    // Drawn, not a font glyph (ⓘ shows as an empty box without an emoji font).
    expect(part(el, 'info')!.querySelector('svg.icon')!.getAttribute('data-icon')).to.equal('info');
    await expect(el).to.be.accessible();
  });

  it('shows a short error with a retry button, and closes its subscriptions when removed', async () => {
    const { adapter } = setup();
    adapter.memory.offline = true;
    const el = await fixture<FridayWarning>(html`<cqtt-friday-warning .adapter=${adapter} dossier-id="HS-FRI-OK"></cqtt-friday-warning>`);
    await waitUntil(() => part(el, 'error') !== null, 'no error');
    expect(shadowText(part(el, 'error')!)).to.contain('Không kết nối được với hệ thống');
    await expect(el).to.be.accessible();
    adapter.memory.offline = false;
    part(el, 'error')!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'info') !== null, 'the retry did not load');
    expect(el.active).to.equal(true);
    el.remove();
    expect(el.active).to.equal(false);
    expect(adapter.open).to.equal(0);
  });

  it('announces a violation that appears while the page is open', async () => {
    const { adapter, clock } = setup();
    const el = await fixture<FridayWarning>(html`<cqtt-friday-warning .adapter=${adapter} dossier-id="HS-FRI-OK"></cqtt-friday-warning>`);
    await waitUntil(() => part(el, 'info') !== null, 'no information');
    adapter.changed.set('HS-FRI-OK', { ...dossiers.find((dossier) => dossier.id === 'HS-FRI-OK')!, appointmentAt: vn('2026-11-28', '08:00') });
    clock.now += 60_000;
    await waitUntil(() => part(el, 'warning') !== null, 'the new appointment was not checked');
    expect(part(el, 'warning')!.getAttribute('role')).to.equal('alert');
    expect(shadowText(part(el, 'warning')!)).to.contain('không hẹn sang cuối tuần (28/11/2026)');
    await expect(el).to.be.accessible();
  });

  it('says nothing about a withdrawn dossier', async () => {
    const { adapter } = setup();
    const el = await fixture<FridayWarning>(html`<cqtt-friday-warning .adapter=${adapter} dossier-id="HS-FRI-WITHDRAWN"></cqtt-friday-warning>`);
    await waitUntil(() => el.active && el.hasAttribute('empty'), 'not empty');
    expect(part(el, 'warning')).to.equal(null);
    expect(el.check()).to.equal(undefined);
  });
});

describe('<cqtt-friday-warning> on the receiving form', () => {
  it('warns before the save, announces the violation and lets the host block the save', async () => {
    const checks = collectChecks();
    const { adapter } = setup();
    const el = await fixture<FridayWarning>(html`
      <cqtt-friday-warning .adapter=${adapter} agency-code=${thacMo} procedure-code=${birthRegistration} received-at="2026-11-27T16:30+07:00">
      </cqtt-friday-warning>
    `);
    await waitUntil(() => part(el, 'info') !== null, 'no information');
    expect(el.check()).to.equal(true);

    el.proposedAppointment = '2026-11-30T08:00+07:00';
    await el.updateComplete;
    const warning = part(el, 'warning')!;
    expect(warning.getAttribute('role')).to.equal('alert');
    expect(warning.querySelector('button')).to.equal(null);
    expect(checks.at(-1)!.ok).to.equal(false);
    expect(el.check()).to.equal(false);
    await expect(el).to.be.accessible();

    el.proposedAppointment = vn('2026-11-27', '17:00');
    await el.updateComplete;
    expect(checks.at(-1)!.ok).to.equal(true);
    expect(el.check()).to.equal(true);
    const veto = (event: Event) => event.preventDefault();
    el.addEventListener('cqtt-appointment-check', veto);
    expect(el.check()).to.equal(false);
    el.removeEventListener('cqtt-appointment-check', veto);
  });

  it('says when a date-time has no offset instead of guessing the zone', async () => {
    const { adapter } = setup();
    const el = await fixture<FridayWarning>(html`
      <cqtt-friday-warning .adapter=${adapter} agency-code=${thacMo} procedure-code=${birthRegistration} proposed-appointment="2026-11-30T08:00">
      </cqtt-friday-warning>
    `);
    await waitUntil(() => part(el, 'error') !== null, 'no error');
    expect(shadowText(part(el, 'error')!)).to.contain('proposedAppointment');
    expect(el.check()).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('takes no space when the agency did not register the procedure', async () => {
    const { adapter } = setup();
    const el = await fixture<FridayWarning>(html`
      <cqtt-friday-warning .adapter=${adapter} agency-code=${sonGiang} procedure-code=${birthRegistration} proposed-appointment="2026-11-30T08:00+07:00">
      </cqtt-friday-warning>
    `);
    await waitUntil(() => el.verdict !== undefined, 'no verdict');
    await el.updateComplete;
    expect(el.verdict).to.deep.include({ applies: false, reason: 'not-registered' });
    expect(el.hasAttribute('empty')).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(el.check()).to.equal(true);
  });
});
