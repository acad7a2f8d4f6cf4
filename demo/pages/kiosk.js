// The kiosk at the counter: the survey in kiosk mode (large targets, cleared for the next citizen when idle). Staff,
// signed in, type the next dossier's code; the page issues its survey token and updates the survey in place.
import { getJson, showNote } from '../lib/dom.js';
import { mountElementParcel, startPortal } from '../lib/plugin.js';
import { signInDemoStaff } from '../lib/staff-session.js';
import { issueSurveyToken } from '../lib/survey-tokens.js';

const form = /** @type {HTMLFormElement} */ (document.getElementById('next-dossier'));
const input = /** @type {HTMLInputElement} */ (document.getElementById('dossier-id'));
const status = /** @type {HTMLElement} */ (document.getElementById('kiosk-status'));
const slot = /** @type {HTMLElement} */ (document.getElementById('survey'));
startPortal();

/** @param {string} id */
async function surveyProps(id) {
  const { token } = await issueSurveyToken(id);
  return { dossierId: id, properties: { kiosk: true, surveyToken: token } };
}

try {
  await signInDemoStaff();
  /** @type {{ id: string }[]} */
  const returned = await getJson('/api/v1/dossiers?status=returned&limit=1');
  const id = new URLSearchParams(location.search).get('id') ?? returned[0]?.id ?? '';
  input.value = id;
  const survey = mountElementParcel('cqtt-survey', slot, id ? await surveyProps(id) : { dossierId: '', properties: { kiosk: true } });
  /** The code whose survey the kiosk is opening: an answer for an earlier code is dropped. */
  let wanted = '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = input.value.trim();
    if (!next) return;
    status.textContent = '';
    wanted = next;
    // The previous dossier leaves the screen at once: were this code refused, nothing of it must stay to be voted on.
    void survey?.update({ properties: { kiosk: true, dossierId: undefined, surveyToken: undefined } });
    surveyProps(next).then(
      (props) => {
        if (wanted === next) void survey?.update(props);
      },
      (error) => {
        if (wanted === next) status.textContent = `Không mở được phiếu đánh giá cho hồ sơ ${next}: ${error.message}`;
      },
    );
  });
  slot.addEventListener('cqtt-survey-reset', () => {
    input.value = '';
    input.focus();
  });
} catch (error) {
  showNote(slot, `Không tải được hồ sơ (${/** @type {Error} */ (error).message}).`);
}
