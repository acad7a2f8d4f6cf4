// The kiosk at the counter: the survey in kiosk mode (large targets, cleared for the next citizen when idle);
// staff type the next dossier's code, and the survey is updated in place.
import { getJson, showNote } from '../lib/dom.js';
import { mountElementParcel, startPortal } from '../lib/plugin.js';

const form = /** @type {HTMLFormElement} */ (document.getElementById('next-dossier'));
const input = /** @type {HTMLInputElement} */ (document.getElementById('dossier-id'));
const slot = /** @type {HTMLElement} */ (document.getElementById('survey'));
startPortal();

try {
  /** @type {{ id: string }[]} */
  const returned = await getJson('/api/v1/dossiers?status=returned&limit=1');
  const id = new URLSearchParams(location.search).get('id') ?? returned[0]?.id ?? '';
  input.value = id;
  const survey = mountElementParcel('cqtt-survey', slot, { dossierId: id, properties: { kiosk: true } });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value.trim()) void survey?.update({ dossierId: input.value.trim(), properties: { kiosk: true } });
  });
  slot.addEventListener('cqtt-survey-reset', () => {
    input.value = '';
    input.focus();
  });
} catch (error) {
  showNote(slot, `Không tải được hồ sơ (${/** @type {Error} */ (error).message}).`);
}
