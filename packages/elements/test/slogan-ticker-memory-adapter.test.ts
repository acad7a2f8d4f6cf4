import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryPortalAdapter, defaultSlogans } from '@cqtt/core';
import '@cqtt/elements/slogan-ticker/define';
import type { SloganTicker } from '../src/slogan-ticker/slogan-ticker.js';
import { portalMessages } from './slogan-ticker-fake-adapter.js';

/** 17/02/2026 00:30 in Vietnam (Tết); 16/02 09:30 in Los Angeles. */
const serverNow = Date.UTC(2026, 1, 16, 17, 30);

function readableText(el: SloganTicker): string {
  return el.shadowRoot!.querySelector('ul.track:not([aria-hidden])')!.textContent.replace(/\s+/g, ' ');
}

describe('<cqtt-slogan-ticker> with the memory portal adapter', () => {
  it('falls back to the built-in slogans while the portal is unreachable and picks the messages up when it is back', async () => {
    const adapter = new MemoryPortalAdapter({ messages: portalMessages }, { clock: () => serverNow, offline: true });
    const el = await fixture<SloganTicker>(html`<cqtt-slogan-ticker .adapter=${adapter} refresh-interval="20"></cqtt-slogan-ticker>`);
    await waitUntil(() => readableText(el).includes(defaultSlogans[0]!.vi), 'no fallback shown');
    adapter.offline = false;
    await waitUntil(() => {
      el.shadowRoot!.querySelector<HTMLElement>('.rail')!.getAnimations()[0]?.finish();
      return readableText(el).includes(portalMessages[0]!.text);
    }, 'the messages never showed');
    expect(readableText(el)).not.to.contain(defaultSlogans[0]!.vi);
  });

  it('shows the server\'s clock in Vietnam time on the LED screen', async () => {
    const adapter = new MemoryPortalAdapter({ messages: portalMessages }, { clock: () => serverNow });
    const el = await fixture<SloganTicker>(html`<cqtt-slogan-ticker led .adapter=${adapter}></cqtt-slogan-ticker>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="clock"]') !== null, 'no clock');
    expect(el.shadowRoot!.querySelector('[part="clock"] time')!.textContent).to.equal('00:30');
    expect(el.shadowRoot!.querySelector('[part="date"]')!.textContent).to.equal('Thứ Ba, 17/02/2026');
  });
});
