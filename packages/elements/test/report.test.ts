import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { throwError } from 'rxjs';
import { HttpStatusError, MemoryPortalAdapter, defaultCatalog } from '@cqtt/core';
import '@cqtt/elements/report/define';
import type { CqttReport } from '../src/report/report.js';
import { bodyRows, choose, portal, ready, root, tableReady, tableRows, text, thacMo, vn } from './report-fixtures.js';

describe('<cqtt-report>', () => {
  it('starts at the current month by the server clock in Vietnam, whatever the PC zone', async () => {
    const late = await fixture<CqttReport>(html`<cqtt-report .adapter=${portal(Date.parse('2026-11-30T23:30:00+07:00'))}></cqtt-report>`);
    await ready(late);
    expect(late.reportPeriod).to.deep.equal({ from: '2026-11-01', to: '2026-11-30' });
    expect(text(root(late).querySelector('.period'))).to.equal('Tháng 11/2026');

    const early = await fixture<CqttReport>(html`<cqtt-report .adapter=${portal(Date.parse('2026-12-01T00:30:00+07:00'))}></cqtt-report>`);
    await ready(early);
    expect(early.reportPeriod).to.deep.equal({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('shows per-agency figures and the total, and switches period', async () => {
    const el = await fixture<CqttReport>(html`<cqtt-report .adapter=${portal(vn('2026-11-30', '16:00'))}></cqtt-report>`);
    await ready(el);
    await tableReady(el);
    const total = [...root(el).querySelectorAll('[part="table"] tfoot td')].map((cell) => text(cell));
    // received 4, resolved 4, returned 4; early 0, on time 4, late 0; same day 3 of 3 registered (Sơn Giang did not
    // register birth registration); Friday 1 of 1; not closed 0; 1 survey of 4 returned; one "rất hài lòng".
    expect(total.slice(0, 10)).to.deep.equal(['4', '4', '4', '0', '4', '0', '100% (3/3)', '100% (1/1)', '0', '25% (1/4)']);
    expect(total.slice(10)).to.deep.equal(['1', '0', '0', '0', '0', '0% (0/1)']);
    expect(root(el).querySelectorAll('[part="table"] th[scope="col"]').length).to.equal(17);
    // Seventeen columns scroll sideways on a laptop: the scroller is a named region reachable by Tab.
    const scroller = root(el).querySelector('.table-wrap')!;
    expect([scroller.getAttribute('role'), scroller.getAttribute('tabindex')]).to.deep.equal(['region', '0']);
    expect(scroller.getAttribute('aria-label')).to.contain('Tháng 11/2026');
    await expect(el).to.be.accessible();

    const kind = root(el).querySelector('select')!;
    await choose(kind, 'quarter', el);
    await ready(el);
    expect(text(root(el).querySelector('.period'))).to.equal('Quý 4/2026');
    expect(el.reportPeriod).to.deep.equal({ from: '2026-10-01', to: '2026-12-31' });
    const previous = [...root(el).querySelectorAll('button')].find((button) => text(button).includes('Kỳ trước'))!;
    previous.click();
    await el.updateComplete;
    await ready(el);
    expect(el.reportPeriod).to.deep.equal({ from: '2026-07-01', to: '2026-09-30' });
    expect(text(root(el).querySelector('.empty'))).to.equal('Không có hồ sơ nào trong kỳ này.');
    await expect(el).to.be.accessible();
  });

  it('refuses a custom period that ends before it starts, in Vietnamese or English', async () => {
    const el = await fixture<CqttReport>(html`<cqtt-report period="custom" from="2026-11-30" to="2026-11-01" .adapter=${portal(vn('2026-11-30', '16:00'))}></cqtt-report>`);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'no message');
    expect(text(root(el).querySelector('[role="alert"]'))).to.equal('Kỳ báo cáo không hợp lệ: ngày kết thúc (01/11/2026) trước ngày bắt đầu (30/11/2026).');
    el.locale = 'en';
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="alert"]'))).to.equal('Invalid period: the last day (01/11/2026) is before the first (30/11/2026).');
    el.to = '2026-12-31';
    await el.updateComplete;
    await ready(el);
    expect(el.reportPeriod).to.deep.equal({ from: '2026-11-30', to: '2026-12-31' });
  });

  it('filters by agency from the tree, and names an unknown agency', async () => {
    const el = await fixture<CqttReport>(html`<cqtt-report .adapter=${portal(vn('2026-11-30', '16:00'))}></cqtt-report>`);
    await ready(el);
    expect(bodyRows(el).length).to.equal(defaultCatalog.agencies.length);
    const agency = root(el).querySelectorAll('select')[1]!;
    await choose(agency, thacMo, el);
    await ready(el);
    expect(bodyRows(el)).to.deep.equal(['Phường Thác Mơ']);
    // The town is a branch: itself and every ward and department under it.
    const town = defaultCatalog.agencies.find((candidate) => candidate.parentCode === undefined)!;
    await choose(agency, town.code, el);
    await ready(el);
    expect(bodyRows(el).length).to.equal(defaultCatalog.agencies.filter((candidate) => candidate.code === town.code || candidate.parentCode === town.code).length);
    expect(bodyRows(el)).to.include('Phường Sơn Giang');

    const unknown = await fixture<CqttReport>(html`<cqtt-report agency-code="khong-co" .adapter=${portal(vn('2026-11-30', '16:00'))}></cqtt-report>`);
    await ready(unknown);
    expect(text(root(unknown).querySelector('[role="alert"]'))).to.contain('Không có đơn vị mã “khong-co”');
  });

  it('sorts by a column from the keyboard, with aria-sort', async () => {
    const el = await fixture<CqttReport>(html`<cqtt-report .adapter=${portal(vn('2026-11-30', '16:00'))}></cqtt-report>`);
    await tableReady(el);
    root(el).querySelector<HTMLButtonElement>('button[aria-controls="full-table"]')!.click();
    await el.updateComplete;
    const header = [...root(el).querySelectorAll('[part="table"] thead th')].find((th) => text(th) === 'Tiếp nhận')!;
    expect(header.getAttribute('aria-sort')).to.equal('none');
    header.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const sorted = [...root(el).querySelectorAll('[part="table"] thead th')].find((th) => text(th).startsWith('Tiếp nhận'))!;
    expect(sorted.getAttribute('aria-sort')).to.equal('descending');
    expect(tableRows(el).slice(0, 2)).to.deep.equal(['Phường Thác Mơ', 'Phường Sơn Giang']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sorted.getAttribute('aria-sort')).to.equal('ascending');
    expect(tableRows(el).at(-1)).to.equal('Phường Thác Mơ');
  });

  it('exports CSV for Excel: BOM, Vietnamese header, CRLF, quoted numbers', async () => {
    const el = await fixture<CqttReport>(html`<cqtt-report agency-code=${thacMo} .adapter=${portal(vn('2026-11-30', '16:00'))}></cqtt-report>`);
    await ready(el);
    let exported: { csv: string; filename: string } | undefined;
    el.addEventListener('cqtt-report-export', (event) => {
      exported = (event as CustomEvent<{ csv: string; filename: string }>).detail;
      event.preventDefault();
    });
    [...root(el).querySelectorAll('button')].find((button) => text(button) === 'Xuất CSV')!.click();
    await waitUntil(() => exported, 'no export');
    expect(exported?.filename).to.equal('bao-cao-giao-ban_2026-11-01_2026-11-30.csv');
    const csv = exported!.csv;
    expect(csv.startsWith('\uFEFF"Mã đơn vị","Đơn vị","Tiếp nhận","Đã giải quyết","Đã trả"')).to.equal(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).to.have.length(4);
    expect(lines[1]).to.equal(`"${thacMo}","Phường Thác Mơ","3","3","3","0","3","0","100","100","0","33.3","1","0","0","0","0","0"`);
    expect(lines[2]!.startsWith('"","Tổng cộng","3"')).to.equal(true);
    expect(lines[3]).to.equal('');
  });

  it('keeps a formula-like agency name from running in Excel', async () => {
    const row = { agencyCode: '@evil', received: 2, resolved: 1, returned: 1, early: 0, onTime: 1, late: 0, sameDayEligible: 0, sameDayResolved: 0, fridayReceived: 0, fridayReturned: 0, resolvedNotClosed: 0, surveys: 0, satisfaction: [0, 0, 0, 0, 0] as const };
    const now = vn('2026-11-30', '16:00');
    const catalog = { agencies: [{ code: '@evil', name: '=HYPERLINK("http://x","Bấm")', level: 'ward' as const, model: { registered: false }, fridayRule: false }], procedures: [], sameDay: [] };
    const adapter = new MemoryPortalAdapter({ catalog, report: () => [row] }, { clock: () => now, serverClock: { tickMs: 20 } });
    const el = await fixture<CqttReport>(html`<cqtt-report .adapter=${adapter}></cqtt-report>`);
    await ready(el);
    const line = (await el.csv())!.split('\r\n')[1];
    expect(line).to.equal(`"'@evil","'=HYPERLINK(""http://x"",""Bấm"")","2","1","1","0","1","0","","","0","0","0","0","0","0","0",""`);
    expect(bodyRows(el)).to.deep.equal(['=HYPERLINK("http://x","Bấm")']);
  });

  it('draws the chart with an accessible name and a text alternative', async () => {
    const el = await fixture<CqttReport>(html`<cqtt-report .adapter=${portal(vn('2026-11-30', '16:00'))}></cqtt-report>`);
    await ready(el);
    // The chart loads with the full table, after the summary.
    await tableReady(el);
    const chart = root(el).querySelector('svg[role="img"]')!;
    const named = chart.getAttribute('aria-labelledby')!.split(' ').map((id) => text(root(el).getElementById(id)));
    expect(named[0]).to.equal('Đúng hạn và mức độ hài lòng, Tháng 11/2026');
    expect(named[1]).to.contain('Tiến độ: 0 trước hạn, 4 đúng hạn, 0 quá hạn.');
    expect(chart.querySelectorAll('rect').length).to.equal(8);
  });

  it('shows progress while a long period loads, then the figures', async () => {
    const el = await fixture<CqttReport>(html`<cqtt-report period="year" .adapter=${portal(vn('2026-11-30', '16:00'), { latencyMs: 300 })}></cqtt-report>`);
    await waitUntil(() => root(el).querySelector('progress'), 'no progress', { timeout: 5000 });
    expect(root(el).querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(root(el).querySelector('[part="loading"]'))).to.equal('Đang tổng hợp số liệu…');
    await expect(el).to.be.accessible();
    await ready(el);
    expect(root(el).querySelector('section')!.getAttribute('aria-busy')).to.equal('false');
    expect(el.reportPeriod).to.deep.equal({ from: '2026-01-01', to: '2026-12-31' });
  });

  it("shows the server's refusal as a sentence with a retry button", async () => {
    const adapter = portal(vn('2026-11-30', '16:00'));
    let calls = 0;
    adapter.report$ = () => {
      calls += 1;
      return throwError(() => new HttpStatusError(400, { body: { code: 'invalid-request', message: 'Kỳ báo cáo không hợp lệ.', fields: [{ path: 'from', message: 'x' }] } }));
    };
    const el = await fixture<CqttReport>(html`<cqtt-report .adapter=${adapter}></cqtt-report>`);
    await waitUntil(() => root(el).querySelector('[part="error"]'), 'no error');
    expect(text(root(el).querySelector('[part="error"]'))).to.not.equal('');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    await el.updateComplete;
    expect(calls).to.equal(2);
  });

  it('leaves no subscription open once removed', async () => {
    const el = await fixture<CqttReport>(html`<cqtt-report .adapter=${portal(vn('2026-11-30', '16:00'), { latencyMs: 500 })}></cqtt-report>`);
    expect(el.active).to.equal(true);
    el.remove();
    expect(el.active).to.equal(false);
  });
});
