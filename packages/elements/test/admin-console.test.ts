import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type Observable, delay, throwError } from 'rxjs';
import { HttpStatusError, MemoryPortalAdapter, defaultCatalog } from '@cqtt/core';
import { type AdminAdapter, type AgencySettings, MemoryAdminAdapter } from '@cqtt/core/admin';
import '@cqtt/elements/admin/define';
import type { AdminConsole } from '../src/admin/admin-console.js';
import type { AdminHoursView } from '../src/admin/hours-view.js';
import { shadowText, sonGiang, thacMo, vn } from './same-day-badge-fixtures.js';

// Issue 16: the administration console. Every flow by keyboard, axe clean; two admins editing the same agency:
// the second gets the conflict with both versions shown and chooses; 401 and 403 in plain words.

const now = vn('2026-12-04', '09:00');
const portal = () => new MemoryPortalAdapter({ catalog: defaultCatalog }, { clock: () => now });

function view<T extends Element>(console: AdminConsole, tag: string): T {
  return console.shadowRoot!.querySelector(tag) as T;
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function refusing(status: number): AdminAdapter {
  const memory = new MemoryAdminAdapter({ clock: () => now });
  return new Proxy(memory, {
    get: (target, property) => {
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? () => throwError(() => new HttpStatusError(status, { body: { code: status === 401 ? 'unauthorized' : 'forbidden', message: 'no' } })) : value;
    },
  });
}

describe('<cqtt-admin-console>', () => {
  it('publishes a year from the keyboard: arrow keys to a day, Enter to mark it off, the source, publish', async function () {
    // axe over the 365 day buttons of a year takes several seconds on a loaded machine.
    this.timeout(60_000);
    const admin = new MemoryAdminAdapter({ clock: () => now });
    const el = await fixture<AdminConsole>(html`<cqtt-admin-console .admin=${admin} .portal=${portal()} year="2027"></cqtt-admin-console>`);
    const calendar = view<HTMLElement>(el, 'cqtt-admin-calendar');
    await waitUntil(() => calendar.shadowRoot!.querySelector('[data-date="2027-01-01"]'), 'no calendar');
    expect(shadowText(calendar)).to.contain('Chưa công bố');
    const first = calendar.shadowRoot!.querySelector<HTMLElement>('[tabindex="0"]')!;
    expect(first.dataset['date']).to.equal('2027-01-01');
    first.focus();
    // Friday 1/1 → five weeks down, Friday 5/2 → one day left, Thursday 4/2.
    for (let i = 0; i < 5; i += 1) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowLeft' });
    expect((calendar.shadowRoot!.activeElement as HTMLElement).dataset['date']).to.equal('2027-02-04');
    expect(calendar.shadowRoot!.activeElement!.getAttribute('data-mark')).to.equal('ordinary');
    await sendKeys({ press: 'Enter' });
    expect(calendar.shadowRoot!.querySelector('[data-date="2027-02-04"]')!.getAttribute('data-mark')).to.equal('off');
    expect(calendar.shadowRoot!.querySelector('[data-date="2027-02-04"]')!.getAttribute('aria-label')).to.equal('4/2/2027: ngày nghỉ');
    type(calendar.shadowRoot!.querySelector<HTMLInputElement>('#source')!, 'Thông báo thử nghiệm 1/TB');
    calendar.shadowRoot!.querySelector<HTMLButtonElement>('#publish')!.click();
    await waitUntil(() => shadowText(calendar).includes('Đã công bố'), 'not published');
    expect(shadowText(calendar)).to.contain('Đã lưu.');
    expect(shadowText(calendar)).to.contain('Thông báo thử nghiệm 1/TB');
    await expect(calendar).to.be.accessible();
  });

  it('moves between tabs with the arrow keys', async () => {
    const el = await fixture<AdminConsole>(html`<cqtt-admin-console .admin=${new MemoryAdminAdapter({ clock: () => now })} .portal=${portal()}></cqtt-admin-console>`);
    el.shadowRoot!.querySelector<HTMLElement>('#tab-calendar')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.tab).to.equal('same-day');
    expect(el.shadowRoot!.activeElement!.id).to.equal('tab-same-day');
    await expect(el).to.be.accessible();
  });

  it('shows the second of two admins editing the same agency both versions, and saves the one they choose', async () => {
    const admin = new MemoryAdminAdapter({ clock: () => now });
    const first = await fixture<AdminConsole>(html`<cqtt-admin-console tab="hours" agency-code=${thacMo} .admin=${admin} .portal=${portal()}></cqtt-admin-console>`);
    const second = await fixture<AdminConsole>(html`<cqtt-admin-console tab="hours" agency-code=${thacMo} .admin=${admin} .portal=${portal()}></cqtt-admin-console>`);
    const a = view<AdminHoursView>(first, 'cqtt-admin-hours');
    const b = view<AdminHoursView>(second, 'cqtt-admin-hours');
    await waitUntil(() => a.shadowRoot!.querySelector('#cutoff') && b.shadowRoot!.querySelector('#cutoff'), 'no settings');
    type(a.shadowRoot!.querySelector<HTMLInputElement>('#cutoff')!, '16:00');
    a.shadowRoot!.querySelector<HTMLButtonElement>('#save')!.click();
    await waitUntil(() => shadowText(a).includes('Đã lưu.'), 'the first admin did not save');

    type(b.shadowRoot!.querySelector<HTMLInputElement>('[data-day="sat"][data-slot="0"][data-end="start"]')!, '07:30');
    type(b.shadowRoot!.querySelector<HTMLInputElement>('[data-day="sat"][data-slot="0"][data-end="end"]')!, '11:30');
    b.shadowRoot!.querySelector<HTMLButtonElement>('#save')!.click();
    await waitUntil(() => b.shadowRoot!.querySelector('.conflict'), 'no conflict shown');
    const theirs = shadowText(b.shadowRoot!.querySelector('[data-version="theirs"]')!);
    const yours = shadowText(b.shadowRoot!.querySelector('[data-version="yours"]')!);
    expect(theirs).to.contain('16:00');
    expect(theirs).to.match(/Thứ Bảy\s*Nghỉ/);
    expect(yours).to.contain('07:30–11:30');
    expect(yours).to.contain('15:00');
    await expect(b).to.be.accessible();

    const keep = [...b.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent.includes('Lưu bản của tôi'))!;
    keep.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadowText(b).includes('Đã lưu.'), 'the second admin did not save');
    const stored = await new Promise<AgencySettings>((resolve) => admin.settings$(thacMo).subscribe(resolve));
    expect(stored.officeHours.sat).to.deep.equal([['07:30', '11:30']]);
  });

  it('keeps a removal someone else overtook: both versions of the registration, then the choice', async () => {
    const admin = new MemoryAdminAdapter({ clock: () => now });
    const created = await new Promise<{ id: string; version: string }>((resolve) =>
      admin
        .createRegistration({ agencyCode: thacMo, procedureCode: 'cqtt:xa:dang-ky-khai-sinh', from: '2026-01-01', document: 'Quyết định 1/QĐ' })
        .subscribe(resolve),
    );
    const el = await fixture<AdminConsole>(html`<cqtt-admin-console tab="same-day" agency-code=${thacMo} .admin=${admin} .portal=${portal()}></cqtt-admin-console>`);
    const list = view<HTMLElement>(el, 'cqtt-admin-same-day');
    await waitUntil(() => list.shadowRoot!.querySelector('tbody'), 'no list');
    // Meanwhile another admin ends the registration.
    await new Promise((resolve) =>
      admin
        .updateRegistration(created.id, { agencyCode: thacMo, procedureCode: 'cqtt:xa:dang-ky-khai-sinh', from: '2026-01-01', to: '2026-12-31', document: 'Quyết định 2/QĐ' }, created.version)
        .subscribe(resolve),
    );
    list.shadowRoot!.querySelector<HTMLButtonElement>('tbody button')!.click();
    await waitUntil(() => list.shadowRoot!.querySelector('.conflict'), 'no conflict shown');
    expect(shadowText(list.shadowRoot!.querySelector('[data-version="theirs"]')!)).to.contain('Quyết định 2/QĐ');
    expect(shadowText(list.shadowRoot!.querySelector('[data-version="yours"]')!)).to.contain('Quyết định 1/QĐ');
    await expect(list).to.be.accessible();
    [...list.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent.includes('Dùng bản hiện tại'))!.click();
    await waitUntil(() => shadowText(list).includes('2026-12-31') && !list.shadowRoot!.querySelector('.conflict'), 'their version not taken');
  });

  it('speaks English on an English page', async () => {
    const el = await fixture<AdminConsole>(html`<cqtt-admin-console locale="en" tab="hours" agency-code=${thacMo} .admin=${new MemoryAdminAdapter({ clock: () => now })} .portal=${portal()}></cqtt-admin-console>`);
    await waitUntil(() => shadowText(el).includes('Office hours'), 'not in English');
    const hours = view<HTMLElement>(el, 'cqtt-admin-hours');
    await waitUntil(() => shadowText(hours).includes('Saturday'), 'the view is not in English');
    expect(shadowText(el)).not.to.contain('Giờ làm việc');
  });

  it('says in plain words when the admin is not signed in (401) or may not administer the data (403)', async () => {
    for (const [status, text] of [
      [401, 'Phiên đăng nhập đã hết hoặc chưa đăng nhập'],
      [403, 'Tài khoản không có quyền quản trị dữ liệu này'],
    ] as const) {
      const el = await fixture<AdminConsole>(html`<cqtt-admin-console tab="audit" .admin=${refusing(status)} .portal=${portal()}></cqtt-admin-console>`);
      const audit = view<HTMLElement>(el, 'cqtt-admin-audit');
      await waitUntil(() => shadowText(audit).includes(text), `no ${status} message`);
      expect(audit.shadowRoot!.querySelector('[role="alert"]')).not.to.equal(null);
      await expect(audit).to.be.accessible();
    }
  });

  it('plays the draft message in the ticker preview as it is typed, and lists it once added', async () => {
    const admin = new MemoryAdminAdapter({ clock: () => now });
    const el = await fixture<AdminConsole>(html`<cqtt-admin-console tab="messages" agency-code=${thacMo} .admin=${admin} .portal=${portal()}></cqtt-admin-console>`);
    const messages = view<HTMLElement>(el, 'cqtt-admin-messages');
    await waitUntil(() => messages.shadowRoot!.querySelector('#text-vi'), 'no form');
    type(messages.shadowRoot!.querySelector<HTMLInputElement>('#text-vi')!, 'Phường Thác Mơ tiếp công dân sáng thứ Bảy');
    type(messages.shadowRoot!.querySelector<HTMLInputElement>('#text-en')!, 'Thac Mo ward receives citizens on Saturday mornings');
    // The preview is a new ticker for each change of the lines: look it up again.
    const ticker = () => messages.shadowRoot!.querySelector('cqtt-slogan-ticker')!;
    await waitUntil(() => shadowText(ticker()).includes('tiếp công dân sáng thứ Bảy'), 'the draft is not in the preview');
    messages.shadowRoot!.querySelector<HTMLButtonElement>('#add-message')!.click();
    await waitUntil(() => messages.shadowRoot!.querySelector('tbody')?.textContent?.includes('sáng thứ Bảy'), 'not listed');
    await expect(messages).to.be.accessible();
  });
});

describe('<cqtt-admin-console> moving to another agency', () => {
  it('never shows the previous agency\'s same-day list or messages while the next agency\'s are read', async () => {
    const admin = new MemoryAdminAdapter({ clock: () => now });
    await new Promise((resolve) =>
      admin.createRegistration({ agencyCode: thacMo, procedureCode: 'cqtt:xa:dang-ky-khai-sinh', from: '2026-01-01', document: 'Quyết định 7/QĐ của Thác Mơ' }).subscribe(resolve),
    );
    await new Promise((resolve) =>
      admin
        .createMessage({ agencyCode: thacMo, kind: 'slogan', textVi: 'Tin riêng của Thác Mơ', textEn: 'Thac Mo only', position: 1, screens: ['led'] })
        .subscribe(resolve),
    );
    // The second agency's data answers late, as a slow network would.
    const slow = new Proxy(admin, {
      get: (target, property) => {
        const value: unknown = Reflect.get(target, property, target);
        if (property !== 'registrations$' && property !== 'messages$') return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        return (query: { agencyCode?: string }) => {
          const answer = (value as (q: unknown) => Observable<unknown>).call(target, query);
          return query.agencyCode === sonGiang ? answer.pipe(delay(300)) : answer;
        };
      },
    });
    for (const [tab, tag, shown] of [
      ['same-day', 'cqtt-admin-same-day', 'Quyết định 7/QĐ của Thác Mơ'],
      ['messages', 'cqtt-admin-messages', 'Tin riêng của Thác Mơ'],
    ] as const) {
      const el = await fixture<AdminConsole>(html`<cqtt-admin-console tab=${tab} agency-code=${thacMo} .admin=${slow} .portal=${portal()}></cqtt-admin-console>`);
      const list = view<HTMLElement & { agencyCode?: string; updateComplete: Promise<boolean> }>(el, tag);
      await waitUntil(() => shadowText(list).includes(shown), `${tag}: the first agency's data is not shown`);
      el.agencyCode = sonGiang;
      await el.updateComplete;
      await list.updateComplete;
      expect(list.agencyCode).to.equal(sonGiang);
      expect(shadowText(list), `${tag} shows the previous agency's data for the next one`).not.to.contain(shown);
      await waitUntil(() => !shadowText(list).includes('Đang tải'), `${tag}: the next agency never loads`, { timeout: 5000 });
      expect(shadowText(list)).not.to.contain(shown);
    }
  });
});
