import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '@cqtt/elements/apology-slip/define';
import type { ApologySlip } from '../src/apology-slip/apology-slip.js';
import type { ApologySlipDetail } from '../src/events/apology-slip.js';
import { CountingPortal, type TestClock, birthDossier, shadowText, vn } from './same-day-badge-fixtures.js';

const dossiers = [
  birthDossier('HS-LATE', {
    receivedAt: vn('2026-11-25', '08:00'),
    appointmentAt: vn('2026-11-25', '17:00'),
    applicantName: 'Nguyễn Văn An',
  }),
  birthDossier('HS-DUE', { receivedAt: vn('2026-11-27', '08:00') }),
  birthDossier('HS-TOMORROW', { receivedAt: vn('2026-11-23', '08:00'), appointmentAt: vn('2026-12-01', '09:00') }),
];

function setup(now: number) {
  const clock: TestClock = { now };
  return { clock, adapter: new CountingPortal(dossiers, clock) };
}

function slip(el: ApologySlip): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="slip"]');
}

function field<T extends HTMLElement>(el: ApologySlip, id: string): T {
  return el.shadowRoot!.getElementById(id) as T;
}

function enter(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function press(el: ApologySlip, label: string): Promise<void> {
  const button = [...el.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent.trim() === label)!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<cqtt-apology-slip>', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('lays out Mẫu 04 of Thông tư 03/2025/TT-VPCP, prefilled, with a new working day computed from the server clock', async () => {
    const { adapter } = setup(vn('2026-11-27', '10:00'));
    const el = await fixture<ApologySlip>(html`<cqtt-apology-slip .adapter=${adapter} dossier-id="HS-LATE" place="Phước Long"></cqtt-apology-slip>`);
    await waitUntil(() => slip(el) !== null, 'no slip');
    const text = shadowText(slip(el)!);
    const heads = [...slip(el)!.querySelectorAll('header p')].map((line) => shadowText(line));
    expect(heads).to.deep.equal([
      'Phường Thác Mơ',
      'Số: ………',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Phước Long, ngày 27 tháng 11 năm 2026',
    ]);
    expect(getComputedStyle(slip(el)!.querySelector('header p')!).textTransform, 'the agency in capitals').to.equal('uppercase');
    expect(shadowText(el.shadowRoot!.querySelector('[part="title"]')!)).to.equal('Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết');
    expect(text).to.contain('Kính gửi: Ông/Bà Nguyễn Văn An.');
    expect(text).to.contain('Phường Thác Mơ xin lỗi Ông/Bà');
    expect(text).to.contain('(Ký, ghi rõ họ tên và đóng dấu)');
    const terms = [...slip(el)!.querySelectorAll('dt')].map((term) => `${shadowText(term)}: ${shadowText(term.nextElementSibling!)}`);
    expect(terms).to.deep.equal([
      'Mã hồ sơ: HS-LATE',
      'Thủ tục: Đăng ký khai sinh',
      'Ngày tiếp nhận: 08:00 25/11/2026',
      'Ngày hẹn trả kết quả: 17:00 25/11/2026',
    ]);
    // Friday 27/11 is today: the next working day is Monday 30/11.
    expect(field<HTMLInputElement>(el, 'new-date').value).to.equal('2026-11-30');
    expect(field<HTMLTextAreaElement>(el, 'reason').value).to.equal('Hồ sơ cần thêm thời gian để thẩm định và giải quyết.');
    expect(el.shadowRoot!.querySelector('details')!.open, 'a late dossier shows the document at once').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('offers the document one working day before the due time, folded until staff open it', async () => {
    const { adapter } = setup(vn('2026-11-30', '10:00'));
    const due = await fixture<ApologySlip>(
      html`<cqtt-apology-slip .adapter=${adapter} dossier-id="HS-TOMORROW"></cqtt-apology-slip>`,
    );
    await waitUntil(() => slip(due) !== null, 'no offer a working day before the due time');
    const details = due.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(shadowText(details.querySelector('summary')!)).to.equal('Lập văn bản xin lỗi và đề nghị gia hạn (hồ sơ hẹn trả 09:00 01/12/2026)');
    await expect(due).to.be.accessible();
  });

  it('refuses a day off or an empty reason, then sends the slip with its data', async () => {
    const { adapter } = setup(vn('2026-11-27', '10:00'));
    const sent: CustomEvent<ApologySlipDetail>[] = [];
    const el = await fixture<ApologySlip>(
      html`<cqtt-apology-slip .adapter=${adapter} dossier-id="HS-LATE" @cqtt-apology-slip=${(event: CustomEvent<ApologySlipDetail>) => sent.push(event)}></cqtt-apology-slip>`,
    );
    await waitUntil(() => slip(el) !== null, 'no slip');
    enter(field(el, 'new-date'), '2026-11-29');
    enter(field(el, 'reason'), '   ');
    await press(el, 'Gửi');
    expect(sent).to.have.length(0);
    expect(shadowText(slip(el)!)).to.contain('Vui lòng nhập lý do.');
    expect(shadowText(slip(el)!)).to.contain('29/11/2026 không phải ngày làm việc.');
    expect(field(el, 'new-date').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'reason'));
    await expect(el).to.be.accessible();

    enter(field(el, 'new-date'), '2027-01-01');
    await press(el, 'Gửi');
    expect(shadowText(slip(el)!), 'New Year\'s Day').to.contain('01/01/2027 không phải ngày làm việc.');

    enter(field(el, 'new-date'), '2026-11-27');
    field(el, 'reason').focus();
    await sendKeys({ type: 'Thiếu xác nhận của cơ quan liên quan.' });
    await press(el, 'Gửi');
    expect(shadowText(slip(el)!)).to.contain('Ngày hẹn mới phải sau hôm nay (27/11/2026).');

    enter(field(el, 'new-date'), '2026-12-01');
    await press(el, 'Gửi');
    expect(sent).to.have.length(1);
    expect(sent[0]!.bubbles && sent[0]!.composed).to.equal(true);
    expect(sent[0]!.detail).to.deep.equal({
      action: 'send',
      slip: {
        dossierId: 'HS-LATE',
        applicantName: 'Nguyễn Văn An',
        procedureName: 'Đăng ký khai sinh',
        agencyName: 'Phường Thác Mơ',
        receivedAt: vn('2026-11-25', '08:00'),
        originalAppointmentAt: vn('2026-11-25', '17:00'),
        reason: 'Thiếu xác nhận của cơ quan liên quan.',
        newAppointmentDate: '2026-12-01',
        issuedAt: vn('2026-11-27', '10:00'),
      },
    });
  });

  it('prints unless the host cancels, and prints the document alone on A4, without its controls', async () => {
    const { adapter } = setup(vn('2026-11-27', '16:30'));
    const el = await fixture<ApologySlip>(html`<cqtt-apology-slip .adapter=${adapter} dossier-id="HS-DUE"></cqtt-apology-slip>`);
    await waitUntil(() => slip(el) !== null, 'a dossier due in 30 minutes gets no slip');
    const original = Object.getOwnPropertyDescriptor(window, 'print')!;
    let printed = 0;
    Object.defineProperty(window, 'print', { value: () => (printed += 1), configurable: true, writable: true });
    try {
      el.shadowRoot!.querySelector('summary')!.click();
      await press(el, 'In văn bản');
      expect(printed).to.equal(1);
      const cancel = (event: Event) => event.preventDefault();
      el.addEventListener('cqtt-apology-slip', cancel);
      await press(el, 'In văn bản');
      el.removeEventListener('cqtt-apology-slip', cancel);
      expect(printed).to.equal(1);
    } finally {
      Object.defineProperty(window, 'print', original);
    }

    expect(el.hasAttribute('cqtt-printing'), 'the printed element is marked for the page\'s print sheet').to.equal(true);
    const sibling = document.createElement('p');
    sibling.textContent = 'Menu của cổng';
    el.parentElement!.append(sibling);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(sibling).display, 'the rest of the page is not printed').to.equal('none');
    expect(getComputedStyle(el.shadowRoot!.querySelector('summary')!).display).to.equal('none');
    const actions = el.shadowRoot!.querySelector('.actions')!;
    expect(getComputedStyle(actions).display).to.equal('none');
    expect(getComputedStyle(field(el, 'new-date')).display).to.equal('none');
    const printedDate = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.print-only')].map((node) => getComputedStyle(node).display);
    expect(printedDate).to.deep.equal(['block', 'block']);
    expect(shadowText(slip(el)!)).to.contain('30/11/2026');
    // An official letter is set in one serif face throughout: every printed line, the mark "dự kiến" included.
    const letterFace = getComputedStyle(slip(el)!).fontFamily;
    expect(letterFace).to.match(/serif$/);
    const printedFaces = new Set(
      [...slip(el)!.querySelectorAll<HTMLElement>('*')]
        .filter((node) => node.checkVisibility() && [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()))
        .filter((node) => getComputedStyle(node).fontFamily !== letterFace)
        .map((node) => `${node.localName}: ${getComputedStyle(node).fontFamily}`),
    );
    expect([...printedFaces], 'printed in another face').to.deep.equal([]);
    sibling.remove();
    window.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute('cqtt-printing')).to.equal(false);
  });

  it('speaks English and takes no space when no apology is needed', async () => {
    const { adapter } = setup(vn('2026-11-27', '09:00'));
    const el = await fixture<ApologySlip>(html`<cqtt-apology-slip locale="en" .adapter=${adapter} dossier-id="HS-DUE"></cqtt-apology-slip>`);
    await waitUntil(() => el.hasAttribute('empty') && el.active, 'not empty');
    expect(el.getBoundingClientRect().height).to.equal(0);
    const late = await fixture<ApologySlip>(html`<cqtt-apology-slip locale="en" .adapter=${adapter} dossier-id="HS-LATE"></cqtt-apology-slip>`);
    await waitUntil(() => slip(late) !== null, 'no slip');
    expect(shadowText(slip(late)!)).to.contain('Apology and request to extend the time limit');
    await expect(late).to.be.accessible();
  });

  it('shows a short error with a retry button, and closes its subscriptions when removed', async () => {
    const { adapter } = setup(vn('2026-11-27', '10:00'));
    adapter.memory.offline = true;
    const el = await fixture<ApologySlip>(html`<cqtt-apology-slip .adapter=${adapter} dossier-id="HS-LATE"></cqtt-apology-slip>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]') !== null, 'no error');
    await expect(el).to.be.accessible();
    adapter.memory.offline = false;
    await press(el, 'Thử lại');
    await waitUntil(() => slip(el) !== null, 'the retry did not load');
    el.remove();
    expect(el.active).to.equal(false);
    expect(adapter.open).to.equal(0);
  });
});
