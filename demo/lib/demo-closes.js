// "Kết thúc hồ sơ" in the demo: the demo server has no close endpoint (a portal closes dossiers in its own
// system), so the demo keeps the dossiers staff closed in this browser and shows them closed on every read.
import { map } from 'rxjs';

const storageKey = 'cqtt-demo-closed';

/** @returns {Record<string, string>} dossier id → when it was closed (ISO) */
function closedDossiers() {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    return stored !== null && typeof stored === 'object' ? stored : {};
  } catch {
    return {};
  }
}

/**
 * Remembers that staff closed a dossier at `instant` (epoch ms).
 * @param {string} dossierId
 * @param {number} instant
 */
export function rememberClosed(dossierId, instant) {
  localStorage.setItem(storageKey, JSON.stringify({ ...closedDossiers(), [dossierId]: new Date(instant).toISOString() }));
}

/**
 * A dossier as the portal would send it once closed here: `closedAt` set.
 * @template {{ id: string, closedAt?: unknown }} T
 * @param {T} dossier
 * @param {(iso: string) => unknown} toInstant
 * @returns {T}
 */
export function withLocalClose(dossier, toInstant) {
  const closedAt = closedDossiers()[dossier.id];
  return closedAt === undefined || dossier.closedAt !== undefined ? dossier : { ...dossier, closedAt: toInstant(closedAt) };
}

/**
 * Wraps a PortalAdapter so that its dossiers carry the closes remembered here.
 * @param {import('@cqtt/core').PortalAdapter} adapter
 * @returns {import('@cqtt/core').PortalAdapter}
 */
export function withDemoCloses(adapter) {
  const toInstant = (/** @type {string} */ iso) => Date.parse(iso);
  return {
    procedures$: adapter.procedures$,
    agencies$: adapter.agencies$,
    sameDay$: adapter.sameDay$,
    messages$: adapter.messages$,
    serverTime$: adapter.serverTime$,
    dossier$: (id) => adapter.dossier$(id).pipe(map((dossier) => withLocalClose(dossier, toInstant))),
    dossiers$: (query) => adapter.dossiers$(query).pipe(map((dossiers) => dossiers.map((dossier) => withLocalClose(dossier, toInstant)))),
    calendar$: (year) => adapter.calendar$(year),
    submitSurvey: (response, key, surveyToken) => adapter.submitSurvey(response, key, surveyToken),
    surveyStatus$: (dossierId, surveyToken) => adapter.surveyStatus$(dossierId, surveyToken),
    report$: (query) => adapter.report$(query),
  };
}
