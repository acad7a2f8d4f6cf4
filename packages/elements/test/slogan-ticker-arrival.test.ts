/**
 * When the portal's messages reach the ticker (issue 19, item 12): at once when the strip has not started moving, else
 * at the next item boundary, with the hotline first, never after a whole pass of the previous content. The motion is
 * driven by hand (the Web Animation's `currentTime` and `finish()`), so nothing here depends on the clock.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Subject } from 'rxjs';
import { type Message, defaultSlogans } from '@cqtt/core';
import '@cqtt/elements/slogan-ticker/define';
import type { SloganTicker } from '../src/slogan-ticker/slogan-ticker.js';
import { FakeTickerAdapter, portalMessages } from './slogan-ticker-fake-adapter.js';

/** Long lines, so that one pass takes many screens, as in a lobby. */
const longMessages: readonly Message[] = defaultSlogans.map((slogan) => ({ id: slogan.id, kind: 'slogan', text: slogan.vi }));
const withHotline: readonly Message[] = [...longMessages, { id: 'hotline', kind: 'hotline', text: 'Lãnh đạo UBND thị xã, 0271 3879 999', href: 'tel:02713879999' }];

interface Seen {
  readonly text: string;
  readonly left: number;
  readonly right: number;
}

function shadow(el: SloganTicker): ShadowRoot {
  return el.shadowRoot!;
}

function animations(el: SloganTicker): Animation[] {
  return shadow(el).querySelector<HTMLElement>('.rail')!.getAnimations();
}

function viewport(el: SloganTicker): DOMRect {
  return shadow(el).querySelector('.viewport')!.getBoundingClientRect();
}

/** Every line of the strip (its copies included) with where it is on screen, in the order it scrolls by. */
function lines(el: SloganTicker): Seen[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('.rail li')].map((item) => {
    const rect = item.getBoundingClientRect();
    return { text: item.querySelector('.text')!.textContent, left: rect.left, right: rect.right };
  });
}

/** The lines a viewer sees now. */
function onScreen(el: SloganTicker): Seen[] {
  const { left, right } = viewport(el);
  return lines(el).filter((line) => line.right > left && line.left < right);
}

function readable(el: SloganTicker): string[] {
  return [...shadow(el).querySelectorAll('ul.track:not([aria-hidden]) li .text')].map((text) => text.textContent);
}

async function ticker(adapter: FakeTickerAdapter): Promise<SloganTicker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  const el = document.createElement('cqtt-slogan-ticker');
  el.adapter = adapter;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('<cqtt-slogan-ticker> when the portal\'s messages arrive', () => {
  it('waits for the portal\'s first answer before it moves, then starts with its messages from the hotline', async () => {
    const answer = new Subject<readonly Message[]>();
    const adapter = new FakeTickerAdapter();
    adapter.messageSource = answer;
    const el = await ticker(adapter);
    // The screen is not blank meanwhile: the built-in slogans, standing still.
    expect(readable(el)).to.deep.equal(defaultSlogans.map((slogan) => slogan.vi));
    expect(animations(el)).to.have.length(0);

    answer.next(withHotline);
    await el.updateComplete;
    // Screen readers get the portal's list once, in its order.
    expect(readable(el)).to.deep.equal(withHotline.map((message) => message.text));
    const [running] = animations(el);
    expect(running?.playState).to.equal('running');
    // The hotline is the first line on screen, at the start of the strip.
    const first = onScreen(el)[0]!;
    expect(first.text).to.equal(withHotline.at(-1)!.text);
    expect(first.left).to.be.closeTo(viewport(el).left, 0.5);
  });

  it('starts moving with the built-in slogans when the portal cannot answer', async () => {
    const answer = new Subject<readonly Message[]>();
    const adapter = new FakeTickerAdapter();
    adapter.messageSource = answer;
    const el = await ticker(adapter);
    answer.error(new Error('offline'));
    await el.updateComplete;
    expect(readable(el)).to.deep.equal(defaultSlogans.map((slogan) => slogan.vi));
    expect(animations(el)[0]?.playState).to.equal('running');
  });

  it('while moving, keeps what is on screen and brings the hotline in right after the line now entering', async () => {
    const adapter = new FakeTickerAdapter(longMessages);
    const el = await ticker(adapter);
    const [pass] = animations(el);
    pass!.currentTime = Number(pass!.effect!.getTiming().duration) * 0.3;
    const before = onScreen(el);
    const entering = before.at(-1)!;
    expect(entering.right, 'a line straddles the right edge').to.be.greaterThan(viewport(el).right);

    adapter.messages.next(withHotline);
    await el.updateComplete;
    // Nothing jumps: the same lines at the same places.
    const after = onScreen(el);
    expect(after.map((line) => line.text)).to.deep.equal(before.map((line) => line.text));
    after.forEach((line, index) => expect(line.left).to.be.closeTo(before[index]!.left, 0.5));
    // The next line to come in is the hotline, so it shows once the entering line is in, not after a pass.
    const next = lines(el).find((line) => line.left >= entering.right - 0.5)!;
    expect(next.text).to.equal(withHotline.at(-1)!.text);
    expect(next.left).to.be.closeTo(entering.right, 0.5);
    expect(readable(el)).to.deep.equal(withHotline.map((message) => message.text));
    expect(animations(el)[0]!.playState).to.equal('running');

    // Once the old lines are out, the loop goes on over the new list from its start, without a jump (held by the
    // pause button meanwhile, so that the new loop is measured where it starts).
    el.paused = true;
    await el.updateComplete;
    const lead = animations(el)[0]!;
    lead.finish();
    await waitUntil(() => ![undefined, lead].includes(animations(el)[0]), 'the loop did not go on');
    const loop = animations(el)[0]!;
    expect(Number(loop.currentTime)).to.equal(0);
    expect(onScreen(el)[0]!.text).to.equal(withHotline[0]!.text);
    expect(onScreen(el)[0]!.left).to.be.closeTo(viewport(el).left, 0.5);
    expect(lines(el)).to.have.length(2 * withHotline.length);
    el.paused = false;
    await el.updateComplete;
    expect(loop.playState).to.equal('running');
  });

  it('takes a second change during the lead-in the same way', async () => {
    const adapter = new FakeTickerAdapter(longMessages);
    const el = await ticker(adapter);
    adapter.messages.next(withHotline);
    await el.updateComplete;
    const lead = animations(el)[0]!;
    lead.currentTime = Number(lead.effect!.getTiming().duration) / 2;
    const before = onScreen(el);

    adapter.messages.next(portalMessages);
    await el.updateComplete;
    const after = onScreen(el);
    expect(after.map((line) => line.text)).to.deep.equal(before.map((line) => line.text));
    after.forEach((line, index) => expect(line.left).to.be.closeTo(before[index]!.left, 0.5));
    const next = lines(el).find((line) => line.left >= before.at(-1)!.right - 0.5)!;
    expect(next.text).to.equal(portalMessages[2]!.text);
    expect(readable(el)).to.deep.equal(portalMessages.map((message) => message.text));
  });
});
