// The public list of procedures (TTHC) of one agency, with the same-day badge in each row (one parcel per row).
import { getJson, h, showNote } from '../lib/dom.js';
import { mountElementParcel, startPortal } from '../lib/plugin.js';

const select = /** @type {HTMLSelectElement} */ (document.getElementById('agency'));
const body = /** @type {HTMLTableSectionElement} */ (document.querySelector('#procedures tbody'));
const status = /** @type {HTMLElement} */ (document.getElementById('procedures-status'));
/** @type {{ unmount(): Promise<unknown> }[]} */
let badges = [];

/** @type {{ code: string, name: string, kind: string, field?: string }[]} */
const procedures = await getJson('/api/v1/procedures');
/** @type {{ code: string, name: string }[]} */
const agencies = await getJson('/api/v1/agencies');
/** @type {{ agencyCode: string, procedureCode: string }[]} */
const sameDay = await getJson('/api/v1/same-day');

select.append(...agencies.map((agency) => h('option', { value: agency.code }, agency.name)));
const firstWithSameDay = agencies.find((agency) => sameDay.some((row) => row.agencyCode === agency.code));
if (firstWithSameDay) select.value = firstWithSameDay.code;

async function showAgency() {
  await Promise.all(badges.map((badge) => badge.unmount()));
  const agencyCode = select.value;
  const registered = new Set(sameDay.filter((row) => row.agencyCode === agencyCode).map((row) => row.procedureCode));
  const rows = procedures
    .filter((procedure) => procedure.kind === 'procedure')
    .sort((a, b) => Number(registered.has(b.code)) - Number(registered.has(a.code)));
  body.replaceChildren();
  badges = [];
  for (const procedure of rows) {
    const cell = h('td', { class: 'badge-cell' });
    body.append(h('tr', {}, h('td', {}, procedure.code), h('td', {}, procedure.name), h('td', {}, procedure.field ?? '—'), cell));
    const parcel = mountElementParcel('cqtt-same-day-badge', cell, { agencyCode, properties: { procedureCode: procedure.code } });
    if (parcel) badges.push(parcel);
  }
  status.textContent = `${rows.length} thủ tục; ${registered.size} thủ tục đăng ký giải quyết trong ngày.`;
}

select.addEventListener('change', () => void showAgency());
startPortal();
try {
  await showAgency();
} catch (error) {
  showNote(status, `Không tải được danh sách thủ tục (${/** @type {Error} */ (error).message}).`);
}
