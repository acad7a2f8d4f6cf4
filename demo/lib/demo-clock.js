// The demo clock: `?now=2026-11-27T15:30` makes the page start at that Vietnam time, so the Friday cases can be
// shown on any day. Only the adapter's `serverTime$` is shifted; the clock then runs on from there.
import { map } from 'rxjs';

const vietnamOffsetMs = 7 * 60 * 60 * 1000;
const demoNowPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a `now` query parameter names (a Vietnam wall-clock time, `YYYY-MM-DDTHH:mm`), or undefined when
 * there is none. A malformed value throws a RangeError with a Vietnamese and English message.
 * @param {string} search `location.search`
 * @returns {number | undefined}
 */
export function demoNowFrom(search) {
  const text = new URLSearchParams(search).get('now');
  if (text === null || text === '') return undefined;
  const match = demoNowPattern.exec(text);
  const [year, month, day, hours, minutes] = (match ?? []).slice(1).map(Number);
  const instant = Date.UTC(year, month - 1, day, hours, minutes) - vietnamOffsetMs;
  const check = new Date(instant + vietnamOffsetMs);
  if (!match || check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hours > 23 || minutes > 59) {
    throw new RangeError(`Tham số now không hợp lệ: "${text}" (dạng 2026-11-27T15:30). / Invalid now parameter (format 2026-11-27T15:30).`);
  }
  return instant;
}

/**
 * Wraps a PortalAdapter so that its `serverTime$` starts at `startAt` (epoch ms) and then runs with the server's
 * clock: the offset is measured once, at the first tick, and shared by every element of the page.
 * @param {import('@cqtt/core').PortalAdapter} adapter
 * @param {number} startAt
 * @returns {import('@cqtt/core').PortalAdapter}
 */
export function withDemoClock(adapter, startAt) {
  /** @type {number | undefined} */
  let offset;
  return {
    procedures$: adapter.procedures$,
    agencies$: adapter.agencies$,
    sameDay$: adapter.sameDay$,
    messages$: adapter.messages$,
    serverTime$: adapter.serverTime$.pipe(
      map((serverNow) => {
        offset ??= startAt - serverNow;
        return serverNow + offset;
      }),
    ),
    dossier$: (id) => adapter.dossier$(id),
    dossiers$: (query) => adapter.dossiers$(query),
    calendar$: (year) => adapter.calendar$(year),
    submitSurvey: (response, key, surveyToken) => adapter.submitSurvey(response, key, surveyToken),
    surveyStatus$: (dossierId, surveyToken) => adapter.surveyStatus$(dossierId, surveyToken),
    report$: (query) => adapter.report$(query),
  };
}
