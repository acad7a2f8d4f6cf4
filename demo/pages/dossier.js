// The staff dossier page: the portal's own details of a dossier, and the plugin's reminders as parcels that are
// updated in place (never remounted) when staff pick another dossier.
import { formatDateTime, getJson, h, showNote } from '../lib/dom.js';
import { firstValueFrom } from 'rxjs';
import { mountElementParcel, pageAdapter, registerPlugin, startPortal } from '../lib/plugin.js';
import { rememberClosed, withLocalClose } from '../lib/demo-closes.js';
import { signInDemoStaff } from '../lib/staff-session.js';

/** @type {Readonly<Record<string, string>>} */
const statusNames = {
  registered: 'Mới đăng ký', received: 'Được tiếp nhận', rejected: 'Không được tiếp nhận', processing: 'Đang xử lý',
  'supplement-requested': 'Yêu cầu bổ sung', 'financial-obligation': 'Nghĩa vụ tài chính', withdrawn: 'Rút hồ sơ',
  suspended: 'Dừng xử lý', resolved: 'Đã xử lý xong', returned: 'Đã trả kết quả',
};
const staffElements = ['cqtt-same-day-badge', 'cqtt-friday-warning', 'cqtt-closing-reminder', 'cqtt-apology-slip'];

const select = /** @type {HTMLSelectElement} */ (document.getElementById('dossier'));
const picks = /** @type {HTMLElement} */ (document.getElementById('quick-picks'));
const details = /** @type {HTMLElement} */ (document.getElementById('dossier-details'));
const stack = /** @type {HTMLElement} */ (document.getElementById('dossier-plugin'));
/** @type {any[]} the portal's dossiers, with the closes this browser remembers */
let shownDossiers = [];

registerPlugin('cqtt-banner', /** @type {HTMLElement} */ (document.getElementById('banner')), [{ tag: 'cqtt-slogan-ticker' }]);
startPortal();

/** @param {any} dossier */
function showDetails(dossier) {
  const rows = [
    ['Mã hồ sơ', dossier.id], ['Thủ tục', dossier.procedureName ?? dossier.procedureCode], ['Chủ hồ sơ', dossier.applicantName ?? '—'],
    ['Trạng thái', statusNames[dossier.status] ?? dossier.status], ['Ngày tiếp nhận', formatDateTime(dossier.receivedAt)],
    ['Ngày hẹn trả', formatDateTime(dossier.appointmentAt)], ['Xử lý xong', formatDateTime(dossier.resolvedAt)],
    ['Kết thúc hồ sơ', formatDateTime(dossier.closedAt)],
  ];
  details.replaceChildren(...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

const vietnamWeekday = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', weekday: 'short' });
const vietnamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
const finished = new Set(['resolved', 'returned']);
/** Dossiers whose clock runs: a dossier waiting for the citizen's supplement, withdrawn or suspended is never late. */
const inProgress = new Set(['received', 'processing']);

/**
 * Received on a Friday before closing, for a procedure the agency registered as same-day, and promised for a later
 * day: what the Friday warning flags (a shortcut for the demo; the plugin's rules decide).
 * @param {any} dossier
 * @param {Set<string>} registered `agencyCode procedureCode` pairs
 */
function breaksFridayRule(dossier, registered) {
  const received = new Date(dossier.receivedAt);
  return vietnamWeekday.format(received) === 'Fri' && registered.has(`${dossier.agencyCode} ${dossier.procedureCode}`) &&
    dossier.appointmentAt !== undefined && vietnamDay.format(new Date(dossier.appointmentAt)) > vietnamDay.format(received) &&
    formatDateTime(dossier.receivedAt).slice(0, 5) < '17:00';
}

/**
 * Links to dossiers that show each reminder at the page's time (the demo clock's, `?now=`): late (apology
 * document), resolved but not closed, received on a Friday, breaking the Friday rule.
 * @param {any[]} dossiers
 * @param {number} now
 * @param {Set<string>} registered
 */
function showQuickPicks(dossiers, now, registered) {
  const known = dossiers.filter((d) => Date.parse(d.receivedAt) <= now);
  const candidates = [
    ['Hồ sơ trễ hạn', known.find((d) => inProgress.has(d.status) && d.appointmentAt && Date.parse(d.appointmentAt) < now)],
    ['Hồ sơ quên kết thúc', known.find((d) => finished.has(d.status) && !d.closedAt && Date.parse(d.resolvedAt ?? d.receivedAt) < now - 3_600_000)],
    ['Hồ sơ nhận thứ Sáu', known.find((d) => vietnamWeekday.format(new Date(d.receivedAt)) === 'Fri')],
    ['Hồ sơ vi phạm quy tắc thứ Sáu', known.find((d) => breaksFridayRule(d, registered))],
  ];
  const demoNow = new URLSearchParams(location.search).get('now');
  const href = (/** @type {string} */ id) => `/ho-so.html?${new URLSearchParams({ id, ...(demoNow ? { now: demoNow } : {}) })}`;
  const links = candidates.flatMap(([label, dossier]) => (dossier ? [h('a', { href: href(dossier.id) }, label)] : []));
  picks.replaceChildren(...links.flatMap((link, index) => (index === 0 ? ['Xem nhanh: ', link] : [' · ', link])));
}

document.addEventListener('cqtt-close-dossier', (event) => {
  const { dossierId, respond } = /** @type {CustomEvent<{ dossierId: string, respond: (outcome: Promise<unknown>) => void }>} */ (event).detail;
  respond(
    firstValueFrom(pageAdapter().serverTime$).then((now) => {
      rememberClosed(dossierId, now);
      const dossier = shownDossiers.find((entry) => entry.id === dossierId);
      if (dossier) showDetails(withLocalClose(dossier, (iso) => iso));
    }),
  );
});
document.addEventListener('cqtt-apology-slip', (event) => {
  const { action } = /** @type {CustomEvent<{ action: string }>} */ (event).detail;
  if (action === 'send') picks.after(h('p', { role: 'status', class: 'note' }, 'Đã gửi văn bản xin lỗi cho Ông/Bà (mô phỏng).'));
});

try {
  await signInDemoStaff();
  /** @type {any[]} */
  const dossiers = (await getJson('/api/v1/dossiers?limit=300')).map((/** @type {any} */ dossier) => withLocalClose(dossier, (iso) => iso));
  shownDossiers = dossiers;
  /** @type {{ agencyCode: string, procedureCode: string }[]} */
  const sameDay = await getJson('/api/v1/same-day');
  const now = await firstValueFrom(pageAdapter().serverTime$);
  showQuickPicks(dossiers, now, new Set(sameDay.map((row) => `${row.agencyCode} ${row.procedureCode}`)));
  select.append(...dossiers.map((dossier) => h('option', { value: dossier.id }, `${dossier.id} · ${statusNames[dossier.status] ?? dossier.status}`)));
  const wanted = new URLSearchParams(location.search).get('id');
  const first = dossiers.find((dossier) => dossier.id === wanted) ?? dossiers[0];
  if (first) {
    select.value = first.id;
    showDetails(first);
    const parcels = staffElements.map((tag) => {
      const slot = h('div', { class: 'plugin-slot', 'data-tag': tag });
      stack.append(slot);
      return mountElementParcel(tag, slot, { dossierId: first.id, agencyCode: first.agencyCode });
    });
    select.addEventListener('change', () => {
      const dossier = dossiers.find((entry) => entry.id === select.value);
      if (!dossier) return;
      showDetails(dossier);
      for (const parcel of parcels) void parcel?.update({ dossierId: dossier.id, agencyCode: dossier.agencyCode });
    });
  }
} catch (error) {
  showNote(details, `Không tải được hồ sơ (${/** @type {Error} */ (error).message}).`);
}
