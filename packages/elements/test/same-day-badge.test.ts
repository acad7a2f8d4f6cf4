import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@cqtt/elements/same-day-badge/define';
import type { SameDayBadge } from '../src/same-day-badge/same-day-badge.js';
import { CountingPortal, type TestClock, birthDossier, birthRegistration, shadowText, sonGiang, thacMo, vn } from './same-day-badge-fixtures.js';

const dossiers = [
  // Received Friday 27/11/2026 08:00: same-day, due 17:00 that day.
  birthDossier('HS-DUE', { receivedAt: vn('2026-11-27', '08:00') }),
  // Received Friday 04/12/2026 and promised for Monday: against the Friday rule.
  birthDossier('HS-FRIDAY', { receivedAt: vn('2026-12-04', '09:00'), appointmentAt: vn('2026-12-07', '17:00') }),
  birthDossier('HS-LATE', { receivedAt: vn('2026-11-25', '08:00'), appointmentAt: vn('2026-11-25', '17:00') }),
  birthDossier('HS-DONE', {
    status: 'returned',
    receivedAt: vn('2026-11-27', '08:00'),
    appointmentAt: vn('2026-11-27', '17:00'),
    resolvedAt: vn('2026-11-27', '09:30'),
    returnedAt: vn('2026-11-27', '10:00'),
    closedAt: vn('2026-11-27', '10:00'),
  }),
];

function setup(now: number) {
  const clock: TestClock = { now };
  return { clock, adapter: new CountingPortal(dossiers, clock) };
}

/** The badge as `<icon>:<text>`, e.g. `check:Giải quyết trong ngày`. */
function badgeText(el: SameDayBadge): string {
  const badge = el.shadowRoot!.querySelector('[part="badge"]');
  if (!badge) return '';
  const icon = badge.querySelector('svg[data-icon]')?.getAttribute('data-icon') ?? 'none';
  return `${icon}:${(badge.textContent ?? '').replace(/\s+/g, ' ').trim()}`;
}

describe('<cqtt-same-day-badge> in procedure mode', () => {
  it('shows the badge for a registered procedure and discloses the conditions by keyboard', async () => {
    const { adapter } = setup(vn('2026-11-27', '16:30'));
    const el = await fixture<SameDayBadge>(
      html`<cqtt-same-day-badge .adapter=${adapter} agency-code=${thacMo} procedure-code=${birthRegistration}></cqtt-same-day-badge>`,
    );
    await waitUntil(() => badgeText(el) !== '', 'no badge');
    expect(badgeText(el)).to.equal('check:Giải quyết trong ngày');
    const button = el.shadowRoot!.querySelector('button')!;
    const conditions = el.shadowRoot!.querySelector<HTMLElement>('[part="conditions"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(conditions.hidden).to.equal(true);
    await expect(el).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(conditions.hidden).to.equal(false);
    expect(shadowText(conditions)).to.contain('Hồ sơ đầy đủ, hợp lệ.');
    expect(shadowText(conditions)).to.contain('Tiếp nhận trước 15:00');
    expect(shadowText(conditions)).to.contain('không hẹn qua tuần sau');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(conditions.hidden).to.equal(true);
  });

  it('takes no space when the agency did not register the procedure', async () => {
    const { adapter } = setup(vn('2026-11-27', '16:30'));
    const el = await fixture<SameDayBadge>(
      html`<cqtt-same-day-badge .adapter=${adapter} agency-code=${sonGiang} procedure-code=${birthRegistration}></cqtt-same-day-badge>`,
    );
    // The catalog's streams complete once they have answered.
    await waitUntil(() => !el.active, 'the catalog never arrived');
    await el.updateComplete;
    expect(el.hasAttribute('empty')).to.equal(true);
    expect(el.getBoundingClientRect().width).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="badge"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks English when asked', async () => {
    const { adapter } = setup(vn('2026-11-27', '16:30'));
    const el = await fixture<SameDayBadge>(
      html`<cqtt-same-day-badge locale="en" .adapter=${adapter} agency-code=${thacMo} procedure-code=${birthRegistration}></cqtt-same-day-badge>`,
    );
    await waitUntil(() => badgeText(el) !== '', 'no badge');
    expect(badgeText(el)).to.equal('check:Resolved the same day');
  });
});

describe('<cqtt-same-day-badge> in dossier mode', () => {
  it('counts down the working time left today from the server clock, every minute', async () => {
    const { adapter, clock } = setup(vn('2026-11-27', '15:40'));
    const el = await fixture<SameDayBadge>(html`<cqtt-same-day-badge .adapter=${adapter} dossier-id="HS-DUE"></cqtt-same-day-badge>`);
    await waitUntil(() => badgeText(el) !== '', 'no badge');
    expect(badgeText(el)).to.equal('clock:Trả trong ngày · còn 1 giờ 20 phút');
    expect(el.shadowRoot!.querySelector('[part="badge"]')!.getAttribute('data-tone')).to.equal('warning');
    await expect(el).to.be.accessible();

    clock.now += 60_000;
    await waitUntil(() => badgeText(el).endsWith('1 giờ 19 phút'), 'the badge did not follow the server clock');
  });

  it('says it is loading while a slow portal answers, never a wrong state', async () => {
    const { adapter } = setup(vn('2026-11-27', '10:00'));
    adapter.memory.latencyMs = 150;
    const el = await fixture<SameDayBadge>(html`<cqtt-same-day-badge .adapter=${adapter} dossier-id="HS-LATE"></cqtt-same-day-badge>`);
    const loading = el.shadowRoot!.querySelector('[part="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(shadowText(loading)).to.equal('Đang tải…');
    expect(el.shadowRoot!.querySelector('[part="badge"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await waitUntil(() => badgeText(el) === 'warning:Quá hạn 2 ngày', 'the dossier never showed');
  });

  it('says how many working days a dossier is overdue', async () => {
    const { adapter } = setup(vn('2026-11-27', '10:00'));
    const el = await fixture<SameDayBadge>(html`<cqtt-same-day-badge .adapter=${adapter} dossier-id="HS-LATE"></cqtt-same-day-badge>`);
    await waitUntil(() => badgeText(el) !== '', 'no badge');
    expect(badgeText(el)).to.equal('warning:Quá hạn 2 ngày');
    await expect(el).to.be.accessible();
  });

  it('judges the Friday rule as the warning does: never "Trong hạn" for a Friday dossier promised for Monday', async () => {
    const { adapter, clock } = setup(vn('2026-12-04', '15:30'));
    const el = await fixture<SameDayBadge>(html`<cqtt-same-day-badge .adapter=${adapter} dossier-id="HS-FRIDAY"></cqtt-same-day-badge>`);
    await waitUntil(() => badgeText(el) !== '', 'no badge');
    expect(badgeText(el)).to.equal('warning:Vi phạm quy định thứ Sáu · phải trả trước 17:00 04/12/2026');
    expect(el.shadowRoot!.querySelector('[part="badge"]')!.getAttribute('data-tone')).to.equal('late');
    clock.now = vn('2026-12-07', '09:00');
    await waitUntil(() => badgeText(el).includes('Quá hạn'), 'the badge never moved to Monday');
    expect(badgeText(el)).to.equal('warning:Quá hạn 1 ngày · vi phạm quy định thứ Sáu (phải trả 17:00 04/12/2026)');
    await expect(el).to.be.accessible();
  });

  it('says a returned dossier was returned on time, in both languages', async () => {
    const { adapter } = setup(vn('2026-11-27', '10:30'));
    const el = await fixture<SameDayBadge>(html`<cqtt-same-day-badge .adapter=${adapter} dossier-id="HS-DONE"></cqtt-same-day-badge>`);
    await waitUntil(() => badgeText(el) !== '', 'no badge');
    expect(badgeText(el)).to.equal('check:Đã trả đúng hạn');
    el.locale = 'en';
    await el.updateComplete;
    expect(badgeText(el)).to.equal('check:Returned on time');
  });

  it('shows a short error with a retry button that works by keyboard', async () => {
    const { adapter } = setup(vn('2026-11-27', '10:00'));
    adapter.memory.offline = true;
    const el = await fixture<SameDayBadge>(html`<cqtt-same-day-badge .adapter=${adapter} dossier-id="HS-LATE"></cqtt-same-day-badge>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]') !== null, 'no error shown');
    expect(shadowText(el)).to.contain('Không kết nối được với hệ thống');
    await expect(el).to.be.accessible();

    adapter.memory.offline = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => badgeText(el) === 'warning:Quá hạn 2 ngày', 'the retry did not load the dossier');
  });

  it('closes every subscription when removed', async () => {
    const { adapter } = setup(vn('2026-11-27', '15:40'));
    const el = await fixture<SameDayBadge>(html`<cqtt-same-day-badge .adapter=${adapter} dossier-id="HS-DUE"></cqtt-same-day-badge>`);
    await waitUntil(() => badgeText(el) !== '', 'no badge');
    expect(el.active).to.equal(true);
    expect(adapter.open).to.be.greaterThan(0);
    el.remove();
    expect(el.active).to.equal(false);
    expect(adapter.open).to.equal(0);
  });
});
