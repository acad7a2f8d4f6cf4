import { expect, fixture, html } from '@open-wc/testing';
import '@cqtt/elements/slogan-ticker/define';
import type { SloganTicker } from '../src/slogan-ticker/slogan-ticker.js';
import { FakeTickerAdapter, portalMessages } from './slogan-ticker-fake-adapter.js';

/** 17/02/2026 00:30 in Vietnam, the first day of Tết Bính Ngọ; still 16/02 09:30 in Los Angeles. */
const tetMorning = Date.UTC(2026, 1, 16, 17, 30);

function part(el: SloganTicker, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function ledScreen(adapter: FakeTickerAdapter, locale?: string, agencyCode?: string): Promise<SloganTicker> {
  const el = await fixture<SloganTicker>(html`<cqtt-slogan-ticker led .adapter=${adapter} .locale=${locale} .agencyCode=${agencyCode}></cqtt-slogan-ticker>`);
  await el.updateComplete;
  return el;
}

describe('<cqtt-slogan-ticker led>', () => {
  it('shows the server\'s time and date in Vietnam time, whatever zone the PC is in', async () => {
    const adapter = new FakeTickerAdapter(portalMessages);
    adapter.time.next(tetMorning);
    const el = await ledScreen(adapter);
    expect(text(part(el, 'clock'))).to.equal('Giờ Việt Nam: 00:30');
    expect(part(el, 'clock')!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-02-17T00:30+07:00');
    expect(text(part(el, 'date'))).to.equal('Thứ Ba, 17/02/2026');
  });

  it('shows the Vietnamese lunar date', async () => {
    const adapter = new FakeTickerAdapter(portalMessages);
    adapter.time.next(tetMorning);
    const el = await ledScreen(adapter);
    expect(text(part(el, 'lunar'))).to.equal('Âm lịch: ngày mùng 1 tháng Giêng năm Bính Ngọ');
    // Giỗ Tổ Hùng Vương 2026: 10/3 lunar is 26/4/2026.
    adapter.time.next(Date.UTC(2026, 3, 26, 1));
    await el.updateComplete;
    expect(text(part(el, 'lunar'))).to.equal('Âm lịch: ngày mùng 10 tháng Ba năm Bính Ngọ');
  });

  it('names a leap month as such', async () => {
    const adapter = new FakeTickerAdapter(portalMessages);
    // 2025 has a leap sixth month; 25/7/2025 is its first day.
    adapter.time.next(Date.UTC(2025, 6, 25, 3));
    const el = await ledScreen(adapter, 'en');
    expect(text(part(el, 'lunar'))).to.equal('Lunar date: day 1, month 6 (leap), year Ất Tỵ');
    expect(text(part(el, 'date'))).to.equal('Friday, 25/07/2025');
  });

  it('follows the server clock as it ticks', async () => {
    const adapter = new FakeTickerAdapter(portalMessages);
    adapter.time.next(tetMorning);
    const el = await ledScreen(adapter);
    adapter.time.next(tetMorning + 61 * 60 * 1000);
    await el.updateComplete;
    expect(text(part(el, 'clock'))).to.contain('01:31');
  });

  it('shows no clock until the server\'s time is known (never the PC\'s)', async () => {
    const adapter = new FakeTickerAdapter(portalMessages);
    adapter.time.error(new Error('offline'));
    const el = await ledScreen(adapter);
    expect(part(el, 'clock')).to.equal(null);
    expect(el.shadowRoot!.querySelector('ul.track')!.textContent).to.contain(portalMessages[0]!.text);
  });

  it('lists the agency\'s registered same-day procedures', async () => {
    const adapter = new FakeTickerAdapter(portalMessages);
    adapter.time.next(tetMorning);
    adapter.procedures = [
      { code: '1.001193.000.00.00.H25', name: 'Đăng ký khai sinh', kind: 'procedure', field: 'Hộ tịch', timeLimit: { kind: 'same-day' } },
      { code: '2.000815.000.00.00.H25', name: 'Chứng thực bản sao từ bản chính', kind: 'procedure', field: 'Chứng thực', timeLimit: { kind: 'same-day' } },
      { code: '1.000894.000.00.00.H25', name: 'Đăng ký kết hôn', kind: 'procedure', field: 'Hộ tịch', timeLimit: { kind: 'working-days', days: 5 } },
    ];
    adapter.registrations = [
      { agencyCode: 'PHUONG-LB', procedureCode: '1.001193.000.00.00.H25' },
      { agencyCode: 'PHUONG-LB', procedureCode: '2.000815.000.00.00.H25' },
      { agencyCode: 'XA-PB', procedureCode: '1.000894.000.00.00.H25' },
    ];
    adapter.agencyList = [
      { code: 'PHUONG-LB', name: 'UBND phường Long Phước', level: 'ward', model: { registered: true }, fridayRule: true },
    ];
    const el = await ledScreen(adapter, undefined, 'PHUONG-LB');
    const board = part(el, 'same-day')!;
    expect(text(board.querySelector('h2'))).to.equal('Thủ tục giải quyết trong ngày: UBND phường Long Phước');
    expect([...board.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal([
      'Đăng ký khai sinh',
      'Chứng thực bản sao từ bản chính',
    ]);
    // A drawn tick, not a ✓ that needs a symbol font.
    expect([...board.querySelectorAll('li svg.icon')].map((icon) => icon.getAttribute('data-icon'))).to.deep.equal(['check', 'check']);
    await expect(el).to.be.accessible();
  });

  it('passes axe with its large high-contrast layout', async () => {
    const adapter = new FakeTickerAdapter(portalMessages);
    adapter.time.next(tetMorning);
    const el = await ledScreen(adapter);
    await expect(el).to.be.accessible();
  });
});
