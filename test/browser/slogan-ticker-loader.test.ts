import { expect, fixture, html } from '@open-wc/testing';
import { mount, unmount } from '@cqtt/microfrontend';
import type { SloganTicker } from '../../packages/elements/src/slogan-ticker/slogan-ticker.js';
import { FakeTickerAdapter, portalMessages } from '../../packages/elements/test/slogan-ticker-fake-adapter.js';

describe('<cqtt-slogan-ticker> in the microfrontend', () => {
  it('is loaded on demand by its tag and given its properties, and releases everything on unmount', async () => {
    expect(customElements.get('cqtt-slogan-ticker')).to.equal(undefined);
    const domElement = await fixture<HTMLDivElement>(html`<div></div>`);
    const adapter = new FakeTickerAdapter(portalMessages);
    await mount({ domElement, elements: [{ tag: 'cqtt-slogan-ticker', properties: { adapter, speed: 120 } }] });
    const el = domElement.querySelector<SloganTicker>('cqtt-slogan-ticker')!;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain(portalMessages[0]!.text);
    expect(adapter.open).to.equal(1);
    const [animation] = el.shadowRoot!.getAnimations();
    expect(animation?.playState).to.equal('running');
    await unmount({ domElement, elements: [] });
    expect(adapter.open).to.equal(0);
    expect(animation?.playState).to.equal('idle');
  });
});
