import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BehaviorSubject, type Observable, defer, finalize, map } from 'rxjs';
import type { AgencySettingsView, CalendarYear, Dossier } from '@cqtt/core';
import '@cqtt/elements/same-day-badge/define';
import '@cqtt/elements/friday-warning/define';
import '@cqtt/elements/apology-slip/define';
import type { SameDayBadge } from '../src/same-day-badge/same-day-badge.js';
import type { FridayWarning } from '../src/friday-warning/friday-warning.js';
import type { ApologySlip } from '../src/apology-slip/apology-slip.js';
import { CountingPortal, type TestClock, birthDossier, shadowText, vn } from './same-day-badge-fixtures.js';

// Issue 16: the elements count on the portal's calendar (a year an administrator publishes wins over the built-in
// one), change without reload when the portal's calendar changes, and mark a date counted on a year whose days
// off are only computed as "dự kiến", with the reason on focus.

/** Tết 2027 as a province might publish it: 4/2-10/2 off, Saturday 30/1 worked in exchange. */
const tet2027: CalendarYear = {
  year: 2027,
  daysOff: ['2027-01-01', '2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10'],
  workingDays: ['2027-01-30'],
  source: 'Thông báo thử nghiệm',
  status: 'published',
};

const computed = (year: number): CalendarYear => ({ year, daysOff: [], workingDays: [], status: 'computed' });

/** A portal whose calendar the test changes, as an administrator would, and which counts calendar requests. */
class CalendarPortal extends CountingPortal {
  readonly years = new Map<number, BehaviorSubject<CalendarYear>>();
  /** Each year's subscriptions to `calendar$`, in order. */
  readonly requests: number[] = [];
  openCalendars = 0;
  /** Reads of a dossier: one per minute of the clock. */
  reads = 0;

  constructor(dossiers: readonly Dossier[], clock: TestClock) {
    super(dossiers, clock);
    const read = this.dossier$.bind(this);
    this.dossier$ = (id) => defer(() => ((this.reads += 1), read(id)));
    this.calendar$ = (year): Observable<CalendarYear> =>
      defer(() => {
        this.requests.push(year);
        this.openCalendars += 1;
        return this.year(year).pipe(finalize(() => (this.openCalendars -= 1)));
      });
  }

  year(year: number): BehaviorSubject<CalendarYear> {
    let subject = this.years.get(year);
    if (!subject) {
      subject = new BehaviorSubject(computed(year));
      this.years.set(year, subject);
    }
    return subject;
  }

  publish(data: CalendarYear): void {
    this.year(data.year).next(data);
  }

  /** The agencies' own settings, as their administrators save them; none saved at first. */
  readonly settings = new BehaviorSubject<AgencySettingsView | undefined>(undefined);

  agencySettings$ = (agencyCode: string): Observable<AgencySettingsView> =>
    defer(() => this.settings).pipe(map((settings) => settings ?? { ...defaultSettings, agencyCode, version: '0' }));
}

const weekday: [string, string][] = [['07:00', '11:30'], ['13:30', '17:00']];
const defaultSettings: AgencySettingsView = {
  agencyCode: '',
  officeHours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] },
  fridayRule: true,
  cutoff: '15:00',
  procedures: {},
  version: '0',
};

const afterCutOff = birthDossier('HS-LATE-DAY', { receivedAt: vn('2026-12-03', '15:30') });
const tetDossier = birthDossier('HS-TET', { receivedAt: vn('2027-02-05', '09:00') });
const januaryFriday = birthDossier('HS-JAN', { receivedAt: vn('2027-01-08', '09:00') });
const lateDossier = birthDossier('HS-LATE', { receivedAt: vn('2026-12-30', '08:00'), appointmentAt: vn('2026-12-30', '17:00'), applicantName: 'Trần Thị Bình' });

function setup() {
  const clock: TestClock = { now: vn('2026-12-04', '09:00') };
  return { clock, adapter: new CalendarPortal([tetDossier, januaryFriday, lateDossier, afterCutOff], clock) };
}

function badgeText(el: Element): string {
  return (el.shadowRoot!.querySelector('[part="badge"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function mark(el: Element): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="provisional"]');
}

describe('the elements on the portal\'s calendar', () => {
  it('marks an appointment counted on a computed year as provisional, with the reason on keyboard focus', async () => {
    const { adapter } = setup();
    const el = await fixture<SameDayBadge>(html`<cqtt-same-day-badge .adapter=${adapter} dossier-id="HS-TET"></cqtt-same-day-badge>`);
    await waitUntil(() => badgeText(el) !== '', 'no badge');
    // Computed Tết 2027: 5/2-9/2 with 10/2 and 11/2 in lieu: a dossier of Friday 5/2 counts from Friday 12/2.
    expect(badgeText(el)).to.contain('Trong hạn · hẹn trả 17:00 12/02/2027');
    const provisional = mark(el)!;
    expect(provisional.textContent).to.equal('dự kiến');
    const reason = el.shadowRoot!.getElementById(provisional.getAttribute('aria-describedby')!)!;
    expect(reason.textContent).to.contain('Lịch nghỉ năm 2027 chưa được công bố');
    expect(getComputedStyle(reason).clipPath).to.equal('inset(50%)');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(provisional);
    expect(getComputedStyle(reason).clipPath).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('changes the appointment without reload when the portal publishes the year, and back when it withdraws it', async () => {
    const { adapter } = setup();
    const el = await fixture<SameDayBadge>(html`<cqtt-same-day-badge .adapter=${adapter} dossier-id="HS-TET"></cqtt-same-day-badge>`);
    await waitUntil(() => badgeText(el).includes('12/02/2027'), 'no computed date');
    adapter.publish(tet2027);
    await waitUntil(() => badgeText(el).includes('11/02/2027'), 'the published calendar did not reach the badge');
    expect(badgeText(el)).to.equal('Trong hạn · hẹn trả 17:00 11/02/2027');
    expect(mark(el)).to.equal(null);
    adapter.publish(computed(2027));
    await waitUntil(() => badgeText(el).includes('12/02/2027'), 'the withdrawn year did not reach the badge');
    expect(mark(el)).not.to.equal(null);
  });

  it('asks for the years in play once, not at every minute of the clock, and closes them when removed', async () => {
    const { adapter, clock } = setup();
    const el = await fixture<SameDayBadge>(html`<cqtt-same-day-badge .adapter=${adapter} dossier-id="HS-TET"></cqtt-same-day-badge>`);
    await waitUntil(() => badgeText(el) !== '', 'no badge');
    const reads = adapter.reads;
    clock.now += 60_000;
    await waitUntil(() => adapter.reads > reads, 'the dossier was not read again at the next minute');
    clock.now += 60_000;
    await waitUntil(() => adapter.reads > reads + 1, 'the dossier was not read again at the next minute');
    // The receipt's year (2027) and today's (2026), each with the next.
    expect([...adapter.requests].sort()).to.deep.equal([2026, 2027, 2028]);
    el.remove();
    expect(adapter.openCalendars).to.equal(0);
  });

  it('keeps the built-in calendar when the portal cannot send the year', async () => {
    const { adapter } = setup();
    adapter.calendar$ = () => defer(() => Promise.reject(new Error('unreachable')));
    const el = await fixture<SameDayBadge>(html`<cqtt-same-day-badge .adapter=${adapter} dossier-id="HS-TET"></cqtt-same-day-badge>`);
    await waitUntil(() => badgeText(el) !== '', 'no badge');
    expect(badgeText(el)).to.contain('12/02/2027');
    expect(mark(el)).not.to.equal(null);
  });

  it('counts on the agency\'s own settings when its administrator saved some: a later cut-off, without reload', async () => {
    const { adapter, clock } = setup();
    clock.now = vn('2026-12-03', '15:35');
    const el = await fixture<SameDayBadge>(html`<cqtt-same-day-badge .adapter=${adapter} dossier-id="HS-LATE-DAY"></cqtt-same-day-badge>`);
    // Received Thursday 15:30, after the 15:00 cut-off: due the next working day.
    await waitUntil(() => badgeText(el).includes('04/12/2026'), `not due the next day: "${badgeText(el)}"`);
    adapter.settings.next({ ...defaultSettings, agencyCode: 'thi-xa-phuoc-long/phuong-thac-mo', cutoff: '16:00', version: '3' });
    await waitUntil(() => badgeText(el).startsWith('Trả trong ngày'), `the agency's cut-off did not apply: "${badgeText(el)}"`);
  });

  it('marks the Friday warning\'s date as provisional in a computed year, in English too', async () => {
    const { adapter } = setup();
    const el = await fixture<FridayWarning>(html`<cqtt-friday-warning locale="en" .adapter=${adapter} dossier-id="HS-JAN"></cqtt-friday-warning>`);
    await waitUntil(() => mark(el) !== null, 'no provisional mark');
    expect(mark(el)!.textContent).to.equal('provisional');
    expect(shadowText(el)).to.contain('The days off of 2027 are not announced yet');
    await expect(el).to.be.accessible();
    adapter.publish(tet2027);
    await waitUntil(() => mark(el) === null, 'the mark stayed after the year was published');
    expect(shadowText(el)).to.contain('08/01/2027');
  });

  it('marks the apology slip\'s new date when it falls in a computed year', async () => {
    const { adapter, clock } = setup();
    clock.now = vn('2026-12-31', '10:00');
    const el = await fixture<ApologySlip>(html`<cqtt-apology-slip .adapter=${adapter} dossier-id="HS-LATE"></cqtt-apology-slip>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="slip"]') !== null, 'no slip');
    // 1/1/2027 is a holiday: the next working day is Monday 4/1/2027, in a year not announced yet.
    expect((el.shadowRoot!.getElementById('new-date') as HTMLInputElement).value).to.equal('2027-01-04');
    const marks = el.shadowRoot!.querySelectorAll('[part="provisional"]');
    expect(marks.length).to.equal(1);
    expect(el.shadowRoot!.getElementById(marks[0]!.getAttribute('aria-describedby')!)!.textContent).to.contain('2027');
    await expect(el).to.be.accessible();
  });
});
