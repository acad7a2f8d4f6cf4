import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@cqtt/elements/slogan-ticker/define';
import type { SloganTicker } from '../src/slogan-ticker/slogan-ticker.js';

// Issue 18: an element follows the page's language when the portal switches it, without being created again.

function pauseLabel(el: SloganTicker): string {
  return el.shadowRoot!.querySelector('button.control')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('the page language', () => {
  const html5 = document.documentElement;
  const original = html5.getAttribute('lang');
  afterEach(() => (original === null ? html5.removeAttribute('lang') : html5.setAttribute('lang', original)));

  it('is followed by a ticker already on the page: "Tạm dừng", then "Pause" after <html lang="en">, then back', async () => {
    html5.setAttribute('lang', 'vi');
    const el = await fixture<SloganTicker>(html`<cqtt-slogan-ticker></cqtt-slogan-ticker>`);
    expect(pauseLabel(el)).to.equal('Tạm dừng');
    html5.setAttribute('lang', 'en');
    await waitUntil(() => pauseLabel(el) === 'Pause', `still "${pauseLabel(el)}"`);
    html5.setAttribute('lang', 'vi');
    await waitUntil(() => pauseLabel(el) === 'Tạm dừng', `still "${pauseLabel(el)}"`);
    expect(el.isConnected).to.equal(true);
  });

  it('is followed from the nearest ancestor with a lang, and no longer watched once the element leaves', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="vi"><cqtt-slogan-ticker></cqtt-slogan-ticker></div>`);
    const el = wrapper.querySelector<SloganTicker>('cqtt-slogan-ticker')!;
    await el.updateComplete;
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => pauseLabel(el) === 'Pause', `still "${pauseLabel(el)}"`);
    el.remove();
    wrapper.setAttribute('lang', 'vi');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(el.isUpdatePending).to.equal(false);
  });
});
