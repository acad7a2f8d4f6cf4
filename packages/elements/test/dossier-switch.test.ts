import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { Subject, defer, switchMap, take } from 'rxjs';
import '@cqtt/elements/apology-slip/define';
import '@cqtt/elements/closing-reminder/define';
import '@cqtt/elements/friday-warning/define';
import '@cqtt/elements/same-day-badge/define';
import { CountingPortal, type TestClock, birthDossier, shadowText, vn } from './same-day-badge-fixtures.js';

const friday = (time: `${number}:${number}`) => vn('2026-11-27', time);
const resolved = { status: 'resolved' as const, receivedAt: friday('08:00'), resolvedAt: friday('09:00') };
const dossiers = [
  birthDossier('HS-DONE', {
    status: 'returned',
    receivedAt: friday('08:00'),
    appointmentAt: friday('17:00'),
    resolvedAt: friday('09:30'),
    returnedAt: friday('10:00'),
    closedAt: friday('10:00'),
  }),
  birthDossier('HS-LATE', { receivedAt: vn('2026-11-25', '08:00'), appointmentAt: vn('2026-11-25', '17:00') }),
  birthDossier('HS-FRI', { receivedAt: friday('16:30'), appointmentAt: vn('2026-11-30', '17:00') }),
  birthDossier('HS-FRI-OK', { receivedAt: friday('16:30'), appointmentAt: friday('17:00') }),
  birthDossier('HS-OPEN-A', resolved),
  birthDossier('HS-OPEN-B', resolved),
  birthDossier('HS-LATE-A', { receivedAt: vn('2026-11-25', '08:00'), appointmentAt: vn('2026-11-25', '17:00'), applicantName: 'Nguyễn Văn An' }),
  birthDossier('HS-LATE-B', { receivedAt: vn('2026-11-24', '08:00'), appointmentAt: vn('2026-11-24', '17:00'), applicantName: 'Trần Thị Bình' }),
];

/** The test portal, whose dossiers answer only when the test releases them once `slow` is set. */
class SlowPortal extends CountingPortal {
  slow = false;
  readonly #gate = new Subject<void>();

  override dossier$(id: string) {
    return defer(() => (this.slow ? this.#gate.pipe(take(1), switchMap(() => super.dossier$(id))) : super.dossier$(id)));
  }

  release(): void {
    this.slow = false;
    this.#gate.next();
  }
}

interface SwitchCase {
  readonly tag: string;
  readonly first: string;
  readonly second: string;
  /** Whether the element shows the state of the first (`first`) or the second dossier. */
  readonly shows: (el: LitElement, which: 'first' | 'second') => boolean;
}

const text = (el: LitElement) => shadowText(el);
const hasPart = (el: LitElement, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`) !== null;

const cases: readonly SwitchCase[] = [
  {
    tag: 'cqtt-same-day-badge',
    first: 'HS-DONE',
    second: 'HS-LATE',
    shows: (el, which) => text(el).includes(which === 'first' ? 'Đã trả đúng hạn' : 'Quá hạn 2 ngày'),
  },
  {
    tag: 'cqtt-friday-warning',
    first: 'HS-FRI',
    second: 'HS-FRI-OK',
    shows: (el, which) => hasPart(el, which === 'first' ? 'warning' : 'info'),
  },
  { tag: 'cqtt-closing-reminder', first: 'HS-OPEN-A', second: 'HS-OPEN-B', shows: (el, which) => text(el).includes(which === 'first' ? 'HS-OPEN-A' : 'HS-OPEN-B') },
  {
    tag: 'cqtt-apology-slip',
    first: 'HS-LATE-A',
    second: 'HS-LATE-B',
    shows: (el, which) => text(el).includes(which === 'first' ? 'HS-LATE-A' : 'HS-LATE-B') || text(el).includes(which === 'first' ? 'Nguyễn Văn An' : 'Trần Thị Bình'),
  },
];

/** Checks the element after each of its renders, from the moment it is armed. */
function watchRenders(el: LitElement) {
  let check: (() => void) | undefined;
  const failures: string[] = [];
  let renders = 0;
  let loadingShown = false;
  el.addController({
    hostUpdated: () => {
      if (!check) return;
      renders += 1;
      loadingShown ||= hasPart(el, 'loading');
      try {
        check();
      } catch (error) {
        failures.push(`render ${renders}: ${String(error)} (shown: "${text(el)}")`);
      }
    },
  });
  return {
    arm(next: () => void) {
      check = next;
      renders = 0;
      loadingShown = false;
      failures.length = 0;
    },
    get failures() {
      return [...failures];
    },
    get loadingShown() {
      return loadingShown;
    },
    get renders() {
      return renders;
    },
  };
}

describe('a staff element moved to another dossier whose answer is slow', () => {
  for (const { tag, first, second, shows } of cases) {
    it(`<${tag}> never shows the previous dossier's state for the next one, both ways`, async () => {
      const clock: TestClock = { now: friday('16:35') };
      const adapter = new SlowPortal(dossiers, clock);
      const el = Object.assign(document.createElement(tag) as LitElement & { dossierId: string }, { adapter, dossierId: first });
      (await fixture(html`<div></div>`)).append(el);
      await waitUntil(() => shows(el, 'first'), `${first} never showed`);
      const renders = watchRenders(el);

      for (const [from, to, previous, next] of [
        [first, second, 'first', 'second'],
        [second, first, 'second', 'first'],
      ] as const) {
        adapter.slow = true;
        renders.arm(() => {
          expect(shows(el, previous), `${from}'s state shown for ${to}`).to.equal(false);
        });
        el.dossierId = to;
        await el.updateComplete;
        expect(renders.loadingShown, `no loading status while ${to} loads`).to.equal(true);
        adapter.release();
        await waitUntil(() => shows(el, next), `${to} never showed`);
        expect(renders.failures).to.deep.equal([]);
        expect(renders.renders).to.be.greaterThan(1);
      }
    });
  }
});
