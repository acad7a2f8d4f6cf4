import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { throwError } from 'rxjs';
import { type Message, defaultSlogans } from '@cqtt/core';
import '@cqtt/elements/slogan-ticker/define';
import type { SloganTicker } from '../src/slogan-ticker/slogan-ticker.js';
import { FakeTickerAdapter, portalMessages } from './slogan-ticker-fake-adapter.js';

function shadow(el: SloganTicker): ShadowRoot {
  return el.shadowRoot!;
}

function rail(el: SloganTicker): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('.rail')!;
}

function animationOf(el: SloganTicker): Animation {
  const animations = rail(el).getAnimations();
  expect(animations).to.have.length(1);
  return animations[0]!;
}

function readableText(el: SloganTicker): string {
  return shadow(el).querySelector('ul.track:not([aria-hidden])')!.textContent.replace(/\s+/g, ' ');
}

function button(el: SloganTicker, text: string): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll('button')].find((candidate) => candidate.textContent.includes(text));
  expect(found, `button "${text}"`).to.exist;
  return found!;
}

/** The portal's messages with the hotline first: the strip loops over them from the start, with no lead-in. */
const hotlineFirst: readonly Message[] = [portalMessages[2]!, portalMessages[0]!, portalMessages[1]!];

async function ticker(adapter: FakeTickerAdapter | undefined, attributes = ''): Promise<SloganTicker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  const el = document.createElement('cqtt-slogan-ticker');
  if (adapter) el.adapter = adapter;
  for (const attribute of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = attribute.split('=');
    el.setAttribute(name!, value);
  }
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('<cqtt-slogan-ticker>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('content', () => {
    it('gives screen readers each message once, as a list, with the scrolling copy hidden and inert', async () => {
      const el = await ticker(new FakeTickerAdapter(portalMessages));
      const lists = shadow(el).querySelectorAll('ul.track');
      expect(lists).to.have.length(2);
      const [readable, copy] = [...lists];
      expect(readable!.getAttribute('role')).to.equal('list');
      expect(readable!.hasAttribute('aria-hidden')).to.equal(false);
      expect(readable!.querySelectorAll('li')).to.have.length(3);
      expect(copy!.getAttribute('aria-hidden')).to.equal('true');
      expect(copy!.hasAttribute('inert')).to.equal(true);
      expect(shadow(el).querySelector('[aria-live]')).to.equal(null);
    });

    it('marks each kind with an icon and a word, not colour alone, and links a hotline by tel:', async () => {
      const el = await ticker(new FakeTickerAdapter(portalMessages));
      const items = [...shadow(el).querySelectorAll<HTMLLIElement>('ul.track:not([aria-hidden]) li')];
      expect(items.map((item) => item.dataset.kind)).to.deep.equal(['slogan', 'reminder', 'hotline']);
      // Drawn, not font glyphs (★ ⚑ ☎ show as empty boxes without an emoji font), and hidden from screen readers.
      const icons = items.map((item) => item.querySelector<SVGElement>('svg.icon')!);
      expect(icons.map((icon) => icon.dataset.icon)).to.deep.equal(['star', 'flag', 'phone']);
      for (const icon of icons) expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(items.map((item) => item.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal(
        portalMessages.map((message, index) => `${['Khẩu hiệu', 'Nhắc việc', 'Đường dây nóng'][index]}: ${message.text}`),
      );
      expect(items[1]!.querySelector('.kind')!.textContent).to.equal('Nhắc việc:');
      expect(items[2]!.querySelector('.kind')!.textContent).to.equal('Đường dây nóng:');
      expect(items[2]!.querySelector('a')!.getAttribute('href')).to.equal('tel:02713879999');
    });

    it('draws every symbol it shows, so none needs an emoji or symbol font', async () => {
      const el = await ticker(new FakeTickerAdapter(portalMessages));
      const symbols = /[\u2190-\u2bff\u{1f000}-\u{1faff}]/u;
      expect(shadow(el).textContent).not.to.match(symbols);
      expect(button(el, 'Tạm dừng').querySelector<SVGElement>('svg.icon')!.dataset.icon).to.equal('pause');
      button(el, 'Tạm dừng').click();
      await el.updateComplete;
      expect(shadow(el).textContent).not.to.match(symbols);
      expect(button(el, 'Tiếp tục chạy').querySelector<SVGElement>('svg.icon')!.dataset.icon).to.equal('play');
      const styles = (el.constructor as typeof SloganTicker).elementStyles.map((style) => String((style as CSSResult).cssText)).join('');
      expect(styles).not.to.match(symbols);
    });

    it('speaks English when the page does', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><cqtt-slogan-ticker></cqtt-slogan-ticker></div>`);
      const el = wrapper.querySelector('cqtt-slogan-ticker')!;
      await el.updateComplete;
      expect(readableText(el)).to.contain(defaultSlogans[0]!.en);
      expect(button(el, 'Pause')).to.exist;
    });
  });

  describe('the screen is never blank', () => {
    it('shows the built-in "4 xin, 4 luôn, 5 không" without an adapter', async () => {
      const el = await ticker(undefined);
      for (const slogan of defaultSlogans) expect(readableText(el)).to.contain(slogan.vi);
    });

    it('shows the built-in slogans when the portal cannot be reached', async () => {
      const adapter = new FakeTickerAdapter();
      adapter.messageSource = throwError(() => new Error('offline'));
      const el = await ticker(adapter);
      expect(readableText(el)).to.contain(defaultSlogans[0]!.vi);
    });

    it('shows the built-in slogans when the portal has no message', async () => {
      const el = await ticker(new FakeTickerAdapter([]));
      expect(readableText(el)).to.contain(defaultSlogans[1]!.vi);
    });

    it('keeps the last messages through a network loss', async () => {
      const adapter = new FakeTickerAdapter(portalMessages);
      const el = await ticker(adapter);
      adapter.messages.error(new Error('network down'));
      await el.updateComplete;
      expect(readableText(el)).to.contain(portalMessages[0]!.text);
      expect(readableText(el)).not.to.contain(defaultSlogans[0]!.vi);
    });

    it('refreshes periodically, so it recovers once the portal is back', async () => {
      const adapter = new FakeTickerAdapter(portalMessages);
      adapter.messageSource = throwError(() => new Error('offline'));
      const el = await ticker(adapter, 'refresh-interval=20');
      expect(readableText(el)).to.contain(defaultSlogans[0]!.vi);
      adapter.messageSource = adapter.messages;
      await waitUntil(() => adapter.messageSubscriptions >= 2, 'the ticker never refreshed');
      await waitUntil(() => readableText(el).includes(portalMessages[0]!.text), 'the messages never showed');
    });
  });

  describe('motion', () => {
    it('animates transform only, on a seamless loop of two identical copies', async () => {
      const el = await ticker(new FakeTickerAdapter(hotlineFirst));
      const animation = animationOf(el);
      expect(animation.playState).to.equal('running');
      const keyframes = (animation.effect as KeyframeEffect).getKeyframes();
      for (const keyframe of keyframes) {
        const animated = Object.keys(keyframe).filter((key) => !['offset', 'computedOffset', 'easing', 'composite'].includes(key));
        expect(animated).to.deep.equal(['transform']);
      }
      const tracks = [...shadow(el).querySelectorAll('ul.track')];
      expect(tracks[1]!.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(tracks[0]!.innerHTML.replace(/<!--[^>]*-->/g, ''));
      const width = tracks[0]!.getBoundingClientRect().width;
      expect(keyframes[0]!.transform).to.match(/^translateX\(0(px)?\)$/);
      const end = /^translateX\((-?[\d.]+)px\)$/.exec(String(keyframes[1]!.transform));
      expect(end, 'the end keyframe').to.exist;
      expect(Number(end![1])).to.be.closeTo(-width, 0.01);
    });

    it('moves at the same speed in pixels per second, whatever the length of the text', async () => {
      const short = new FakeTickerAdapter([{ id: 's', kind: 'slogan', text: 'Xin chào' }]);
      const long = new FakeTickerAdapter([
        { id: 'l', kind: 'slogan', text: defaultSlogans[2]!.vi },
        { id: 'l2', kind: 'slogan', text: defaultSlogans[1]!.vi },
      ]);
      const a = await ticker(short, 'speed=100');
      const b = await ticker(long, 'speed=100');
      const rates = [a, b].map((el) => {
        const width = shadow(el).querySelector('ul.track')!.getBoundingClientRect().width;
        const duration = Number(animationOf(el).effect!.getTiming().duration);
        return { width, duration };
      });
      expect(rates[1]!.width).to.be.greaterThan(rates[0]!.width * 2);
      for (const { width, duration } of rates) expect(width / (duration / 1000)).to.be.closeTo(100, 1e-6);
    });

    it('pauses and resumes from the keyboard, with a button whose name says what it will do', async () => {
      const el = await ticker(new FakeTickerAdapter(portalMessages));
      const animation = animationOf(el);
      const control = button(el, 'Tạm dừng');
      control.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(animation.playState).to.equal('paused');
      expect(el.paused).to.equal(true);
      expect(control.textContent).to.contain('Tiếp tục chạy');
      expect(shadow(el).activeElement).to.equal(control);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(animation.playState).to.equal('running');
      expect(control.textContent).to.contain('Tạm dừng');
    });

    it('tells the page when the user pauses or resumes', async () => {
      const el = await ticker(new FakeTickerAdapter(portalMessages));
      const seen: boolean[] = [];
      el.addEventListener('cqtt-ticker-pause-change', (event) => seen.push((event as CustomEvent<{ paused: boolean }>).detail.paused));
      button(el, 'Tạm dừng').click();
      await el.updateComplete;
      button(el, 'Tiếp tục chạy').click();
      expect(seen).to.deep.equal([true, false]);
    });

    it('holds still while a link in the strip has the keyboard focus', async () => {
      const el = await ticker(new FakeTickerAdapter(portalMessages));
      const animation = animationOf(el);
      const link = shadow(el).querySelector<HTMLAnchorElement>('ul.track:not([aria-hidden]) a')!;
      link.focus();
      expect(animation.playState).to.equal('paused');
      link.blur();
      expect(animation.playState).to.equal('running');
      expect(el.paused).to.equal(false);
    });

    it('can start paused', async () => {
      const el = await ticker(new FakeTickerAdapter(portalMessages), 'paused');
      expect(animationOf(el).playState).to.equal('paused');
      expect(button(el, 'Tiếp tục chạy')).to.exist;
    });

    it('keeps looping without restarting when a refresh brings the same messages', async () => {
      const adapter = new FakeTickerAdapter(hotlineFirst);
      const el = await ticker(adapter);
      const animation = animationOf(el);
      adapter.messages.next(hotlineFirst.map((message) => ({ ...message })));
      await el.updateComplete;
      animation.finish();
      await waitUntil(() => animation.playState === 'running', 'the loop did not go on');
      expect(animationOf(el)).to.equal(animation);
    });
  });

  describe('reduced motion', () => {
    it('shows a still list paged with previous and next buttons, usable by keyboard', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await ticker(new FakeTickerAdapter(portalMessages));
      expect(shadow(el).querySelector('.rail')).to.equal(null);
      expect(shadow(el).getAnimations()).to.have.length(0);
      expect(readableText(el)).to.contain(portalMessages[0]!.text);
      expect(shadow(el).querySelector('.page-number')!.textContent).to.equal('1/3');

      button(el, 'Tiếp').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(readableText(el)).to.contain(portalMessages[1]!.text);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(readableText(el)).to.contain(portalMessages[2]!.text);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(readableText(el)).to.contain(portalMessages[0]!.text);

      button(el, 'Trước').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(readableText(el)).to.contain(portalMessages[2]!.text);
      expect(shadow(el).querySelector('.paged .visually-hidden')!.textContent).to.equal('Thông báo 3 trên 3');
    });

    it('stops moving as soon as the user asks the system for less motion', async () => {
      const el = await ticker(new FakeTickerAdapter(portalMessages));
      const animation = animationOf(el);
      await emulateMedia({ reducedMotion: 'reduce' });
      await waitUntil(() => shadow(el).querySelector('.rail') === null, 'the ticker kept scrolling');
      expect(animation.playState).to.equal('idle');
      await emulateMedia({ reducedMotion: 'no-preference' });
      await waitUntil(() => shadow(el).querySelector('.rail') !== null, 'the ticker did not resume');
      await el.updateComplete;
      expect(animationOf(el).playState).to.equal('running');
    });
  });

  describe('untrusted text from the API', () => {
    const corpus: readonly Message[] = [
      { id: 'x1', kind: 'slogan', text: '<script>window.__cqttXss = 1</script>' },
      { id: 'x2', kind: 'slogan', text: '<img src=x onerror="window.__cqttXss = 2">' },
      { id: 'x3', kind: 'hotline', text: 'Gọi ngay', href: 'javascript:window.__cqttXss = 3' },
      { id: 'x4', kind: 'hotline', text: 'Gọi ngay', href: ' JaVaScRiPt:window.__cqttXss = 4' },
      { id: 'x5', kind: 'reminder', text: 'Xem', href: 'data:text/html,<script>window.__cqttXss = 5</script>' },
      { id: 'x6', kind: 'reminder', text: 'Xem', href: 'http://dichvucong.example.vn/' },
      { id: 'x7', kind: 'reminder', text: 'Xem', href: '//evil.example/' },
      { id: 'x8', kind: 'reminder', text: 'Xem', href: '\u0001javascript:window.__cqttXss = 8' },
      { id: 'x10', kind: 'reminder', text: 'Xem', href: 'https://' },
      { id: 'x9', kind: 'slogan', text: '<a href="javascript:window.__cqttXss = 9">bấm</a>' },
      { id: 'ok1', kind: 'reminder', text: 'Cổng dịch vụ công', href: 'https://dichvucong.gov.vn/' },
    ];

    it('renders markup as text and links only https: and tel:', async () => {
      const el = await ticker(new FakeTickerAdapter(corpus));
      const readable = shadow(el).querySelector('ul.track:not([aria-hidden])')!;
      expect(readable.querySelectorAll('script, img, iframe, object')).to.have.length(0);
      const links = [...readable.querySelectorAll('a')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['https://dichvucong.gov.vn/']);
      expect(readable.textContent).to.contain('<script>window.__cqttXss = 1</script>');
      expect(readable.textContent).to.contain('<img src=x onerror="window.__cqttXss = 2">');
      expect(readable.querySelectorAll('li')).to.have.length(corpus.length);
      expect((window as { __cqttXss?: unknown }).__cqttXss).to.equal(undefined);
    });
  });

  describe('accessibility', () => {
    it('passes axe while scrolling', async () => {
      const el = await ticker(new FakeTickerAdapter(portalMessages));
      await expect(el).to.be.accessible();
    });

    it('passes axe as a paged list', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await ticker(new FakeTickerAdapter(portalMessages));
      await expect(el).to.be.accessible();
    });
  });

  describe('leaving the page', () => {
    it('leaves no animation, timer or subscription running', async () => {
      const created: unknown[] = [];
      const cleared: unknown[] = [];
      const realSet = window.setInterval.bind(window);
      const realClear = window.clearInterval.bind(window);
      const originalSet: unknown = Reflect.get(window, 'setInterval');
      const originalClear: unknown = Reflect.get(window, 'clearInterval');
      window.setInterval = ((handler: TimerHandler, timeout?: number) => {
        const id = realSet(handler, timeout);
        created.push(id);
        return id;
      }) as typeof window.setInterval;
      window.clearInterval = ((id?: number) => {
        cleared.push(id);
        realClear(id);
      }) as typeof window.clearInterval;
      try {
        const adapter = new FakeTickerAdapter(portalMessages);
        const el = await ticker(adapter, 'led agency-code=H25.01 refresh-interval=60000');
        adapter.time.next(Date.UTC(2026, 1, 20, 2, 30));
        await el.updateComplete;
        const animation = animationOf(el);
        expect(el.refreshing).to.equal(true);
        expect(el.subscribed).to.equal(true);
        expect(adapter.open).to.be.greaterThan(0);
        expect(created).to.have.length(1);

        el.remove();
        expect(animation.playState).to.equal('idle');
        expect(el.refreshing).to.equal(false);
        expect(el.subscribed).to.equal(false);
        expect(adapter.open).to.equal(0);
        expect(cleared).to.include(created[0]);
      } finally {
        Reflect.set(window, 'setInterval', originalSet);
        Reflect.set(window, 'clearInterval', originalClear);
      }
    });

    it('starts again when put back in the page', async () => {
      const adapter = new FakeTickerAdapter(portalMessages);
      const el = await ticker(adapter);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(el.subscribed).to.equal(true);
      expect(el.refreshing).to.equal(true);
      expect(animationOf(el).playState).to.equal('running');
    });
  });
});
