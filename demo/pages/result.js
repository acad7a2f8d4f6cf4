// The citizen's result page: the dossier's result and the satisfaction survey (a parcel updated when another
// dossier is looked up). Without `?id=` it opens the latest returned dossier that has no answer yet.
import { formatDateTime, getJson, h, showNote } from '../lib/dom.js';
import { mountElementParcel, startPortal } from '../lib/plugin.js';

const form = /** @type {HTMLFormElement} */ (document.getElementById('lookup'));
const input = /** @type {HTMLInputElement} */ (document.getElementById('dossier-id'));
const details = /** @type {HTMLElement} */ (document.getElementById('result-details'));
const slot = /** @type {HTMLElement} */ (document.getElementById('survey'));
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

/** @param {string} id */
async function showResult(id) {
  const dossier = await getJson(`/api/v1/dossiers/${encodeURIComponent(id)}`);
  const rows = [
    ['Mã hồ sơ', dossier.id], ['Thủ tục', dossier.procedureName ?? dossier.procedureCode],
    ['Kết quả', dossier.status === 'returned' ? 'Đã trả kết quả' : dossier.status === 'resolved' ? 'Đã có kết quả, mời nhận tại quầy' : 'Đang giải quyết'],
    ['Ngày hẹn trả', formatDateTime(dossier.appointmentAt)], ['Ngày trả', formatDateTime(dossier.returnedAt ?? dossier.resolvedAt)],
  ];
  details.replaceChildren(...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

try {
  const id = new URLSearchParams(location.search).get('id') ?? (await unansweredDossier());
  if (!id) throw new Error('chưa có hồ sơ nào đã trả kết quả');
  input.value = id;
  await showResult(id);
  const survey = mountElementParcel('cqtt-survey', slot, { dossierId: id });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = input.value.trim();
    if (!next) return;
    showResult(next).then(
      () => survey?.update({ dossierId: next }),
      (error) => showNote(details, `Không tìm thấy hồ sơ ${next} (${error.message}).`),
    );
  });
} catch (error) {
  showNote(details, `Không tải được kết quả (${/** @type {Error} */ (error).message}).`);
}
