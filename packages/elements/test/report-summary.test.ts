import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '@cqtt/elements/report/define';
import type { CqttReport } from '../src/report/report.js';
import { portal, ready, root, sonGiang, tableReady, text, thacMo, vn, vote } from './report-fixtures.js';

const now = vn('2026-11-30', '16:00');
// Thác Mơ: "rất hài lòng", "hài lòng" and "không hài lòng", so two in three satisfied; Sơn Giang: "bình thường".
const answers = [vote('N1', 5, '2026-11-02'), vote('N2', 4, '2026-11-25'), vote('N3', 2, '2026-11-27'), vote('N4', 3, '2026-11-10')];
const summaryLine = (el: CqttReport, agency: string) =>
  [...root(el).querySelectorAll('[part="summary"] tr')].find((row) => text(row.querySelector('th')) === agency)?.querySelectorAll('td') ?? [];
const cells = (el: CqttReport, agency: string) => [...summaryLine(el, agency)].map((cell) => text(cell));
const disclosure = (el: CqttReport) => root(el).querySelector<HTMLButtonElement>('button[aria-controls="full-table"]')!;
const shown = (element: Element | null) => element !== null && element.checkVisibility();

describe('<cqtt-report> summary', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  it('comes first: per agency the share on time, same day, Friday, not closed and satisfied, in Vietnamese formats', async () => {
    const el = await fixture<CqttReport>(html`<cqtt-report .adapter=${portal(now, { surveys: answers })}></cqtt-report>`);
    await ready(el);
    const headings = [...root(el).querySelectorAll('[part="summary"] thead th')].map((th) => text(th));
    expect(headings).to.deep.equal(['Đơn vị', 'Đúng hạn và trước hạn', 'Giải quyết trong ngày', 'Thứ Sáu trả trong ngày', 'Chưa kết thúc', 'Hài lòng trở lên']);
    expect(cells(el, 'Phường Thác Mơ')).to.deep.equal(['100%', '100%', '100%', '0', '66,7%']);
    // Sơn Giang did not register birth registration as same-day, and received nothing on a Friday.
    expect(cells(el, 'Phường Sơn Giang')).to.deep.equal(['100%', '—', '—', '0', '0%']);
    expect(cells(el, 'Tổng cộng')).to.deep.equal(['100%', '100%', '100%', '0', '50%']);
    await tableReady(el);
    const summary = root(el).querySelector('[part="summary"]')!;
    expect(summary.compareDocumentPosition(root(el).querySelector('.chart')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();

    el.locale = 'en';
    await waitUntil(() => cells(el, 'Phường Thác Mơ')[4] === '66.7%', 'no English format');
    expect(cells(el, 'Total')).to.deep.equal(['100%', '100%', '100%', '0', '50%']);
  });

  for (const [width, height] of [
    [1024, 768],
    [390, 844],
  ] as const) {
    it(`fits ${width} px without scrolling sideways; the full table is behind a disclosure`, async () => {
      await setViewport({ width, height });
      const el = await fixture<CqttReport>(html`<cqtt-report .adapter=${portal(now, { surveys: answers })}></cqtt-report>`);
      await ready(el);
      await tableReady(el);
      const summary = root(el).querySelector<HTMLElement>('[part="summary"]')!;
      expect(summary.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      expect(el.getBoundingClientRect().right).to.be.at.most(width);
      expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(width);
      for (const cell of summary.querySelectorAll('th, td')) expect(cell.scrollWidth, text(cell)).to.be.at.most(cell.clientWidth);
      // A figure is read at a glance: never split over two lines ("100" above "%").
      for (const cell of summary.querySelectorAll('td')) {
        const range = document.createRange();
        range.selectNodeContents(cell);
        expect(new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size, text(cell)).to.equal(1);
      }
      expect(Number.parseFloat(getComputedStyle(summary).fontSize)).to.be.at.least(14);
      expect(shown(root(el).querySelector('[part="table"]')), 'the full table is closed').to.equal(false);
    });
  }

  it('opens and closes the full table from the keyboard, with aria-expanded', async () => {
    const el = await fixture<CqttReport>(html`<cqtt-report .adapter=${portal(now)}></cqtt-report>`);
    await ready(el);
    const button = disclosure(el);
    expect(text(button)).to.equal('▸ Bảng đầy đủ các chỉ tiêu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).getElementById(button.getAttribute('aria-controls')!)?.hidden).to.equal(true);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await tableReady(el);
    expect(shown(root(el).querySelector('[part="table"]'))).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(root(el).querySelector('[part="table"]'))).to.equal(false);
  });

  it('prints on A4 landscape: the summary, the chart with its title, and the full table even when closed', async () => {
    const el = await fixture<CqttReport>(html`<cqtt-report .adapter=${portal(now, { surveys: answers })}></cqtt-report>`);
    await ready(el);
    await tableReady(el);
    await emulateMedia({ media: 'print' });
    const pageRules = document.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules])
      .flatMap((rule) => (rule instanceof CSSMediaRule && rule.media.mediaText === 'print' ? [...rule.cssRules] : []))
      .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule);
    expect(pageRules.map((rule) => [rule.selectorText, rule.style.getPropertyValue('size').toLowerCase()])).to.deep.equal([['cqtt-report', 'a4 landscape']]);
    expect(getComputedStyle(el).getPropertyValue('page')).to.equal('cqtt-report');
    expect(shown(root(el).querySelector('[part="summary"]'))).to.equal(true);
    expect(shown(root(el).querySelector('[part="table"]')), 'the closed full table prints').to.equal(true);
    expect(shown(disclosure(el)) || shown(root(el).querySelector('.controls'))).to.equal(false);
    const chart = root(el).querySelector('.chart')!;
    expect(getComputedStyle(chart).breakInside).to.equal('avoid');
    expect(text(chart.querySelector('h3'))).to.equal('Đúng hạn và mức độ hài lòng, Tháng 11/2026');
  });

  it('exports CSV that stays machine-readable in English: dot decimals, no percent sign, plain counts', async () => {
    const el = await fixture<CqttReport>(html`<cqtt-report locale="en" agency-code=${sonGiang} .adapter=${portal(now, { surveys: answers })}></cqtt-report>`);
    await ready(el);
    const vi = await fixture<CqttReport>(html`<cqtt-report agency-code=${thacMo} .adapter=${portal(now, { surveys: answers })}></cqtt-report>`);
    await ready(vi);
    const [enHeader, enLine] = (await el.csv())!.slice(1).split('\r\n');
    expect(enHeader).to.contain('"Resolved the same day (%)"');
    expect(enLine).to.equal(`"${sonGiang}","Phường Sơn Giang","1","1","1","0","1","0","","","0","100","0","0","1","0","0","100"`);
    // Thác Mơ: one in three "bình thường" or lower, 33.3 in both languages, never "33,3" or "33,3%".
    const viLine = (await vi.csv())!.split('\r\n')[1]!;
    expect(viLine).to.equal(`"${thacMo}","Phường Thác Mơ","3","3","3","0","3","0","100","100","0","100","1","1","0","1","0","33.3"`);
  });
});
