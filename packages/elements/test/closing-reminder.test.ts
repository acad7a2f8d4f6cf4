import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { NetworkError } from '@cqtt/core';
import '@cqtt/elements/closing-reminder/define';
import type { ClosingReminder } from '../src/closing-reminder/closing-reminder.js';
import type { CloseDossierDetail } from '../src/events/close-dossier.js';
import { CountingPortal, type TestClock, birthDossier, shadowText, vn } from './same-day-badge-fixtures.js';

const resolvedAt = vn('2026-11-27', '09:00');
const dossiers = [
  birthDossier('HS-OPEN', { status: 'resolved', receivedAt: vn('2026-11-27', '08:00'), resolvedAt }),
  birthDossier('HS-CLOSED', { status: 'returned', receivedAt: vn('2026-11-27', '08:00'), resolvedAt, returnedAt: resolvedAt, closedAt: resolvedAt }),
];

function setup(now: number) {
  const clock: TestClock = { now };
  return { clock, adapter: new CountingPortal(dossiers, clock) };
}

function part(el: ClosingReminder, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
}

async function pressClose(el: ClosingReminder): Promise<void> {
  part(el, 'button')!.focus();
  await sendKeys({ press: 'Enter' });
}

describe('<cqtt-closing-reminder>', () => {
  it('reminds the staff of a dossier resolved but not closed, and shows the close action succeed', async () => {
    const { adapter } = setup(vn('2026-11-27', '10:00'));
    const requests: CustomEvent<CloseDossierDetail>[] = [];
    let finish: () => void = () => undefined;
    const onClose = (event: Event) => {
      const request = event as CustomEvent<CloseDossierDetail>;
      requests.push(request);
      request.detail.respond(new Promise<void>((resolve) => (finish = resolve)));
    };
    document.addEventListener('cqtt-close-dossier', onClose);
    try {
      const el = await fixture<ClosingReminder>(html`<cqtt-closing-reminder .adapter=${adapter} dossier-id="HS-OPEN"></cqtt-closing-reminder>`);
      await waitUntil(() => part(el, 'reminder') !== null, 'no reminder');
      expect(shadowText(part(el, 'reminder')!)).to.contain(
        'Hồ sơ HS-OPEN đã giải quyết lúc 09:00 27/11/2026 (1 giờ trước) nhưng chưa bấm "Kết thúc hồ sơ".',
      );
      await expect(el).to.be.accessible();

      await pressClose(el);
      expect(requests).to.have.length(1);
      expect(requests[0]!.detail.dossierId).to.equal('HS-OPEN');
      expect(requests[0]!.bubbles && requests[0]!.composed).to.equal(true);
      await el.updateComplete;
      expect(shadowText(part(el, 'outcome')!)).to.equal('Đang kết thúc hồ sơ…');
      await pressClose(el);
      expect(requests, 'a second press while closing').to.have.length(1);

      finish();
      await waitUntil(() => shadowText(part(el, 'outcome')!) === 'Đã kết thúc hồ sơ HS-OPEN.', 'no success shown');
      expect(part(el, 'button')).to.equal(null);
      expect(part(el, 'outcome')!.querySelector('svg.icon')!.getAttribute('data-icon')).to.equal('check');
      expect(el.shadowRoot!.querySelector('.title svg.icon')!.getAttribute('data-icon')).to.equal('flag');
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('cqtt-close-dossier', onClose);
    }
  });

  it('shows a failed close with its reason and closes on retry', async () => {
    const { adapter } = setup(vn('2026-11-27', '10:00'));
    const outcomes = [() => Promise.reject(new NetworkError('down')), () => Promise.resolve()];
    const el = await fixture<ClosingReminder>(html`<cqtt-closing-reminder
      .adapter=${adapter}
      dossier-id="HS-OPEN"
      @cqtt-close-dossier=${(event: CustomEvent<CloseDossierDetail>) => event.detail.respond(outcomes.shift()!())}
    ></cqtt-closing-reminder>`);
    await waitUntil(() => part(el, 'button') !== null, 'no reminder');
    await pressClose(el);
    await waitUntil(() => part(el, 'outcome')!.dataset['outcome'] === 'failed', 'no failure shown');
    expect(part(el, 'outcome')!.querySelector('svg.icon')!.getAttribute('data-icon')).to.equal('warning');
    expect(shadowText(part(el, 'outcome')!)).to.equal('Chưa kết thúc được hồ sơ: Không kết nối được với hệ thống. Vui lòng kiểm tra mạng và thử lại.');
    expect(shadowText(part(el, 'button')!)).to.equal('Thử kết thúc lại');
    await expect(el).to.be.accessible();
    await pressClose(el);
    await waitUntil(() => part(el, 'outcome')!.dataset['outcome'] === 'done', 'the retry did not close');
  });

  it('stays out of the way within the grace period, and appears when the server clock passes it', async () => {
    const { adapter, clock } = setup(vn('2026-11-27', '09:20'));
    const el = await fixture<ClosingReminder>(html`<cqtt-closing-reminder locale="en" .adapter=${adapter} dossier-id="HS-OPEN"></cqtt-closing-reminder>`);
    await waitUntil(() => el.hasAttribute('empty'), 'shown within the grace period');
    expect(el.getBoundingClientRect().height).to.equal(0);
    clock.now = vn('2026-11-27', '09:31');
    await waitUntil(() => part(el, 'reminder') !== null, 'no reminder after the grace period');
    expect(el.hasAttribute('empty')).to.equal(false);
    expect(shadowText(part(el, 'reminder')!)).to.contain('Dossier HS-OPEN was resolved at 27/11/2026, 09:00 (31 minutes ago)');
  });

  it('says how long ago in days, hours and minutes, never thousands of minutes', async () => {
    const { adapter, clock } = setup(vn('2026-11-27', '20:37'));
    const el = await fixture<ClosingReminder>(html`<cqtt-closing-reminder .adapter=${adapter} dossier-id="HS-OPEN"></cqtt-closing-reminder>`);
    await waitUntil(() => part(el, 'reminder') !== null, 'no reminder');
    expect(shadowText(part(el, 'reminder')!)).to.contain('(11 giờ 37 phút trước)');
    clock.now = vn('2026-11-27', '09:00') + 3854 * 60_000;
    await waitUntil(() => shadowText(part(el, 'reminder')!).includes('(2 ngày 16 giờ trước)'), 'not in days and hours');
    el.locale = 'en';
    await waitUntil(() => shadowText(part(el, 'reminder')!).includes('(2 days 16 hours ago)'), 'not in English days and hours');
  });

  it('goes away within a minute when the dossier is closed elsewhere, and keeps its state through a failed read', async () => {
    const { adapter, clock } = setup(vn('2026-11-27', '10:00'));
    const el = await fixture<ClosingReminder>(html`<cqtt-closing-reminder .adapter=${adapter} dossier-id="HS-OPEN"></cqtt-closing-reminder>`);
    await waitUntil(() => part(el, 'reminder') !== null, 'no reminder');
    adapter.memory.offline = true;
    clock.now = vn('2026-11-27', '10:01');
    await waitUntil(() => shadowText(part(el, 'reminder')!).includes('(1 giờ 1 phút trước)'), 'a failed read replaced the reminder');
    expect(part(el, 'error')).to.equal(null);
    adapter.memory.offline = false;
    adapter.changed.set('HS-OPEN', { ...dossiers[0]!, closedAt: vn('2026-11-27', '10:01') });
    clock.now = vn('2026-11-27', '10:02');
    await waitUntil(() => el.hasAttribute('empty'), 'the reminder stayed after the dossier was closed');
    expect(part(el, 'reminder')).to.equal(null);
  });

  it('shows nothing for a closed dossier', async () => {
    const { adapter } = setup(vn('2026-11-27', '12:00'));
    const el = await fixture<ClosingReminder>(html`<cqtt-closing-reminder .adapter=${adapter} dossier-id="HS-CLOSED"></cqtt-closing-reminder>`);
    await waitUntil(() => el.active && el.hasAttribute('empty') && !part(el, 'loading'), 'not empty');
    expect(part(el, 'reminder')).to.equal(null);
  });

  it('shows a short error with a retry button, and closes its subscriptions when removed', async () => {
    const { adapter } = setup(vn('2026-11-27', '10:00'));
    adapter.memory.offline = true;
    const el = await fixture<ClosingReminder>(html`<cqtt-closing-reminder .adapter=${adapter} dossier-id="HS-OPEN"></cqtt-closing-reminder>`);
    await waitUntil(() => part(el, 'error') !== null, 'no error');
    await expect(el).to.be.accessible();
    adapter.memory.offline = false;
    part(el, 'error')!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'reminder') !== null, 'the retry did not load');
    el.remove();
    expect(el.active).to.equal(false);
    expect(adapter.open).to.equal(0);
  });
});
