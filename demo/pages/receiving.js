// The receiving form (tiếp nhận hồ sơ): staff pick the procedure and the appointment date; before saving, the
// plugin's Friday check ("thứ Sáu không hẹn qua tuần") runs, and a violation blocks the save.
import { getJson, h, showNote } from '../lib/dom.js';
import { mountElementParcel, pageAdapter, startPortal } from '../lib/plugin.js';
import { signInDemoStaff } from '../lib/staff-session.js';

const form = /** @type {HTMLFormElement} */ (document.getElementById('receiving-form'));
const agencySelect = /** @type {HTMLSelectElement} */ (document.getElementById('agency'));
const procedureSelect = /** @type {HTMLSelectElement} */ (document.getElementById('procedure'));
const appointment = /** @type {HTMLInputElement} */ (document.getElementById('appointment'));
const receivedAt = /** @type {HTMLOutputElement} */ (document.getElementById('received-at'));
const slot = /** @type {HTMLElement} */ (document.getElementById('friday-check'));
const saveStatus = /** @type {HTMLElement} */ (document.getElementById('save-status'));
const vietnamDateTime = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
startPortal();

let now = 0;
const clock = pageAdapter().serverTime$.subscribe((instant) => {
  now = instant;
  receivedAt.textContent = vietnamDateTime.format(instant);
});
addEventListener('pagehide', () => clock.unsubscribe());

try {
  await signInDemoStaff();
  /** @type {{ code: string, name: string }[]} */
  const agencies = await getJson('/api/v1/agencies');
  /** @type {{ code: string, name: string, kind: string, field?: string }[]} */
  const catalog = await getJson('/api/v1/procedures');
  const procedures = catalog.filter((procedure) => procedure.kind === 'procedure');
  /** @type {{ agencyCode: string, procedureCode: string }[]} */
  const sameDay = await getJson('/api/v1/same-day');
  agencySelect.append(...agencies.map((agency) => h('option', { value: agency.code }, agency.name)));
  const first = agencies.find((agency) => sameDay.some((row) => row.agencyCode === agency.code));
  if (first) agencySelect.value = first.code;
  /** Every procedure, the agency's same-day registrations first: any agency receives any dossier. */
  const fillProcedures = () => {
    const codes = new Set(sameDay.filter((row) => row.agencyCode === agencySelect.value).map((row) => row.procedureCode));
    // A registered field ("Lĩnh vực hộ tịch") covers every procedure of that field, as the rules read it.
    const fields = new Set(catalog.filter((row) => row.kind === 'field' && codes.has(row.code)).map((row) => row.field?.toLowerCase()));
    const registered = new Set(procedures.filter((p) => codes.has(p.code) || (p.field !== undefined && fields.has(p.field.toLowerCase()))).map((p) => p.code));
    const option = (/** @type {{ code: string, name: string }} */ procedure) => h('option', { value: procedure.code }, procedure.name);
    const groups = [
      ['Đăng ký giải quyết trong ngày', procedures.filter((procedure) => registered.has(procedure.code))],
      ['Thủ tục khác', procedures.filter((procedure) => !registered.has(procedure.code))],
    ];
    procedureSelect.replaceChildren(
      ...groups.flatMap(([label, listed]) => (listed.length > 0 ? [h('optgroup', { label }, ...listed.map(option))] : [])),
    );
  };
  fillProcedures();
  /** The form's choices as the check's props; the appointment is the end of the office day on the chosen date. */
  const checkProps = () => ({
    agencyCode: agencySelect.value,
    properties: { procedureCode: procedureSelect.value, proposedAppointment: appointment.value ? `${appointment.value}T17:00+07:00` : undefined },
  });
  const check = mountElementParcel('cqtt-friday-warning', slot, checkProps());
  for (const input of [agencySelect, procedureSelect, appointment]) {
    input.addEventListener('change', () => {
      if (input === agencySelect) fillProcedures();
      saveStatus.textContent = '';
      void check?.update(checkProps());
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const block = (/** @type {string} */ text) => {
      saveStatus.className = 'blocked';
      saveStatus.textContent = text;
    };
    if (!procedureSelect.value) return block('Chưa chọn thủ tục.');
    if (!appointment.value) return block('Chưa chọn ngày hẹn trả.');
    const warning = /** @type {(HTMLElement & { check(): boolean | undefined }) | null} */ (slot.querySelector('cqtt-friday-warning'));
    const verdict = warning?.check();
    if (verdict === false) return block('Không lưu: ngày hẹn trả vi phạm quy tắc “thứ Sáu không hẹn qua tuần”. Hãy chọn lại ngày hẹn.');
    if (warning && verdict === undefined) return block('Đang kiểm tra quy tắc thứ Sáu; vui lòng bấm lưu lại sau giây lát.');
    saveStatus.className = 'saved';
    saveStatus.textContent = `Đã lưu hồ sơ (mô phỏng) lúc ${vietnamDateTime.format(now)}${warning ? '' : '; chưa kiểm tra quy tắc thứ Sáu vì tiện ích chưa có'}.`;
    return undefined;
  });
} catch (error) {
  showNote(saveStatus, `Không tải được danh mục (${/** @type {Error} */ (error).message}).`);
}
