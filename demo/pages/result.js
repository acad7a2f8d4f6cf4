// The result page. At the result desk (no `survey-token` in the address) the signed-in staff look a dossier up and
// the page issues its survey token, for the survey on the screen and for the QR code the citizen may scan. On the
// citizen's phone (the QR code's address, `?id=…&survey-token=…`) only the survey shows, with that token.
// Without `?id=` the desk opens the latest returned dossier that has no answer yet.
import { formatDateTime, getJson, h, showNote } from '../lib/dom.js';
import { mountElementParcel, startPortal } from '../lib/plugin.js';
import { signInDemoStaff } from '../lib/staff-session.js';
import { issueSurveyToken } from '../lib/survey-tokens.js';

const form = /** @type {HTMLFormElement} */ (document.getElementById('lookup'));
const input = /** @type {HTMLInputElement} */ (document.getElementById('dossier-id'));
const details = /** @type {HTMLElement} */ (document.getElementById('result-details'));
const slot = /** @type {HTMLElement} */ (document.getElementById('survey'));
const params = new URLSearchParams(location.search);
/** The survey's address on the citizen's phone; the survey shows it as a QR code when the portal is on https:. */
const qr = `${location.origin}/ket-qua.html?id={dossierId}&survey-token={surveyToken}`;
startPortal();

/** @returns {Promise<string | undefined>} */
async function unansweredDossier() {
  /** @type {{ id: string }[]} */
  const returned = await getJson('/api/v1/dossiers?status=returned,resolved&limit=40');
  for (const dossier of returned) {
    const status = await getJson(`/api/v1/surveys/${encodeURIComponent(dossier.id)}`);
    if (!status.answered) return dossier.id;
  }
  return returned[0]?.id;
}

/**
 * @param {string} id
 * @returns {Promise<string>} the dossier's survey token
 */
async function showResult(id) {
  const dossier = await getJson(`/api/v1/dossiers/${encodeURIComponent(id)}`);
  const grant = await issueSurveyToken(id);
  const rows = [
    ['Mã hồ sơ', dossier.id], ['Thủ tục', dossier.procedureName ?? dossier.procedureCode],
    ['Kết quả', dossier.status === 'returned' ? 'Đã trả kết quả' : 'Đã có kết quả, mời nhận tại quầy'],
    ['Ngày hẹn trả', formatDateTime(dossier.appointmentAt)], ['Ngày trả', formatDateTime(dossier.returnedAt ?? dossier.resolvedAt)],
    ['Mã khảo sát', `đã cấp, hiệu lực đến ${formatDateTime(grant.expiresAt)}`],
  ];
  details.replaceChildren(...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
  return grant.token;
}

/** The citizen's phone: the survey of the dossier the QR code named, with its token. */
function showCitizenSurvey(/** @type {string} */ id, /** @type {string} */ surveyToken) {
  // Removed, not hidden: a code typed here would sign in the demo's staff account on the citizen's phone.
  form.remove();
  details.replaceChildren(h('dt', {}, 'Mã hồ sơ'), h('dd', {}, id), h('dt', {}, 'Kết quả'), h('dd', {}, 'Đã trả kết quả; mời Ông/Bà đánh giá.'));
  mountElementParcel('cqtt-survey', slot, { dossierId: id, properties: { surveyToken } });
}

async function showResultDesk() {
  await signInDemoStaff();
  const id = params.get('id') ?? (await unansweredDossier());
  if (!id) throw new Error('chưa có hồ sơ nào đã trả kết quả');
  input.value = id;
  const surveyToken = await showResult(id);
  const survey = mountElementParcel('cqtt-survey', slot, { dossierId: id, properties: { surveyToken, qr } });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = input.value.trim();
    if (!next) return;
    showResult(next).then(
      (token) => survey?.update({ dossierId: next, properties: { surveyToken: token, qr } }),
      (error) => showNote(details, `Không mở được hồ sơ ${next}: ${error.message}`),
    );
  });
}

try {
  const citizenToken = params.get('survey-token');
  const id = params.get('id');
  if (citizenToken && id) showCitizenSurvey(id, citizenToken);
  else await showResultDesk();
} catch (error) {
  showNote(details, `Không tải được kết quả (${/** @type {Error} */ (error).message}).`);
}
