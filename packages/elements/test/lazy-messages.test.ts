import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import type { EnglishMessages, LazyMessageCatalog } from '@cqtt/core';
import { LocaleController, LocalizedElement, defineElement } from '@cqtt/elements';

const vi = { greeting: 'Xin chào {name}' } as const;
type Greeting = typeof vi;

/** A lazy catalog whose English arrives when the test says so, and which counts its fetches. */
function deferredCatalog(): { catalog: LazyMessageCatalog<Greeting>; fetches: () => number; arrive: () => void; fail: () => void } {
  let fetches = 0;
  let settle: { resolve: (en: EnglishMessages<Greeting>) => void; reject: (error: Error) => void } | undefined;
  const english = new Promise<EnglishMessages<Greeting>>((resolve, reject) => (settle = { resolve, reject }));
  return {
    catalog: {
      vi,
      loadEn: () => {
        fetches += 1;
        return english;
      },
    },
    fetches: () => fetches,
    arrive: () => settle!.resolve({ greeting: 'Hello {name}' }),
    fail: () => settle!.reject(new Error('offline')),
  };
}

let tags = 0;
/** A `LocalizedElement` (or a plain `LitElement`) that renders its greeting and records every text it showed. */
function probe(catalog: LazyMessageCatalog<Greeting>, base: typeof LitElement = LocalizedElement): string {
  const tag = `cqtt-test-lazy-${++tags}`;
  class Probe extends base {
    static override properties = { locale: { type: String } };
    declare locale: string | undefined;
    readonly shown: string[] = [];
    readonly messages = new LocaleController(this, catalog);
    override render() {
      const text = this.messages.t('greeting', { name: 'Lan' });
      this.shown.push(text);
      return litHtml`<p>${text}</p>`;
    }
  }
  defineElement(tag, Probe);
  return tag;
}

type Probe = LitElement & { shown: string[]; locale: string | undefined };
const mount = (tag: string, lang: string) =>
  fixture<HTMLElement>(html`<div lang=${lang}>${document.createElement(tag)}</div>`).then((wrapper) => wrapper.firstElementChild as Probe);

describe('lazy English messages', () => {
  it('never fetches the English texts on a Vietnamese page', async () => {
    const english = deferredCatalog();
    const el = await mount(probe(english.catalog), 'vi');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Xin chào Lan');
    expect(english.fetches()).to.equal(0);
  });

  it('holds a LocalizedElement until its English has arrived, so it never shows Vietnamese first', async () => {
    const english = deferredCatalog();
    const el = await mount(probe(english.catalog), 'en');
    expect(el.shown).to.deep.equal([]);
    english.arrive();
    await el.updateComplete;
    expect(el.shown).to.deep.equal(['Hello Lan']);
    expect(english.fetches()).to.equal(1);
  });

  it('fetches a catalog\'s English once for every element of the page', async () => {
    const english = deferredCatalog();
    const tag = probe(english.catalog);
    const first = await mount(tag, 'en');
    const second = await mount(tag, 'en');
    english.arrive();
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(shadowTexts(first, second)).to.deep.equal(['Hello Lan', 'Hello Lan']);
    expect(english.fetches()).to.equal(1);
  });

  it('switches a Vietnamese element to English when its locale changes, once the English is here', async () => {
    const english = deferredCatalog();
    const el = await mount(probe(english.catalog), 'vi');
    el.locale = 'en';
    english.arrive();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Hello Lan');
  });

  it('shows Vietnamese rather than nothing when the English cannot be fetched', async () => {
    const english = deferredCatalog();
    const el = await mount(probe(english.catalog), 'en');
    english.fail();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Xin chào Lan');
  });

  it('shows Vietnamese when the English is slow to come, and English once it is here', async () => {
    const english = deferredCatalog();
    const wait = LocaleController.englishWaitMs;
    LocaleController.englishWaitMs = 50;
    try {
      const el = await mount(probe(english.catalog), 'en');
      await waitUntil(() => el.shadowRoot!.textContent === 'Xin chào Lan', 'the element stayed blank while the English was on its way');
      el.requestUpdate();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(el.isUpdatePending, 'a later update waited for the English again').to.equal(false);
      english.arrive();
      await waitUntil(() => el.shadowRoot!.textContent === 'Hello Lan', 'the English never replaced the Vietnamese');
    } finally {
      LocaleController.englishWaitMs = wait;
    }
  });

  it('lets a plain LitElement show Vietnamese meanwhile and update to English when it arrives', async () => {
    const english = deferredCatalog();
    const el = await mount(probe(english.catalog, LitElement), 'en');
    expect(el.shadowRoot!.textContent).to.equal('Xin chào Lan');
    english.arrive();
    await waitUntil(() => el.shadowRoot!.textContent === 'Hello Lan', 'the English never replaced the Vietnamese');
  });
});

function shadowTexts(...elements: Probe[]): string[] {
  return elements.map((el) => el.shadowRoot!.textContent ?? '');
}
