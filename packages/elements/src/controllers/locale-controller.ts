import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  type EnglishMessages,
  type LazyMessageCatalog,
  type Locale,
  type MessageCatalog,
  type MessageParams,
  type Messages,
  formatMessage,
  resolveLocale,
} from '@cqtt/core';

export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  /** An explicit locale set by the integrator; wins over the page's `lang`. */
  locale?: string | undefined;
  /** Holds the host's updates until the texts `pending` gives have arrived (`LocalizedElement`). */
  waitForTexts?(pending: () => Promise<void> | undefined): void;
}

/** A catalog with its English inline, or one whose English is fetched on first use. */
export type AnyMessageCatalog<M extends Messages> = MessageCatalog<M> | LazyMessageCatalog<M>;

interface EnglishLoad {
  messages?: EnglishMessages<Messages>;
  /** Settles once the fetch has succeeded or failed; `undefined` afterwards. */
  loading?: Promise<void> | undefined;
}

/** Each lazy catalog's English, fetched once per page and shared by every element that uses it. */
const englishLoads = new WeakMap<LazyMessageCatalog<Messages>, EnglishLoad>();

function englishLoad(catalog: LazyMessageCatalog<Messages>): EnglishLoad {
  let load = englishLoads.get(catalog);
  if (load) return load;
  const entry: EnglishLoad = {};
  entry.loading = catalog
    .loadEn()
    .then(
      (messages) => {
        entry.messages = messages;
      },
      // A page that cannot fetch the English texts (offline) keeps working in Vietnamese rather than not at all.
      (error: unknown) => console.warn('cqtt: the English texts could not be loaded; showing Vietnamese.', error),
    )
    .finally(() => {
      entry.loading = undefined;
    });
  load = entry;
  englishLoads.set(catalog, load);
  return load;
}

/** The page's elements to tell when a `lang` attribute changes: one observer for the page, as Lion's LocalizeManager. */
const langListeners = new Set<() => void>();
let langObserver: MutationObserver | undefined;

function watchLang(listener: () => void): void {
  langListeners.add(listener);
  if (langListeners.size > 1) return;
  langObserver ??= new MutationObserver(() => langListeners.forEach((each) => each()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatchLang(listener: () => void): void {
  langListeners.delete(listener);
  if (langListeners.size === 0) langObserver?.disconnect();
}

function isLazy<M extends Messages>(catalog: AnyMessageCatalog<M>): catalog is LazyMessageCatalog<M> {
  return 'loadEn' in catalog;
}

/**
 * Gives an element its messages in the right language. The locale is the element's own `locale` property when set,
 * else the nearest `lang` attribute in the page (the portal's language), followed when it changes. Lazy catalogs fetch their English the
 * first time an element needs it: a `LocalizedElement` waits for it before it updates; any other host shows
 * Vietnamese meanwhile and updates again when the English arrives.
 */
export class LocaleController<M extends Messages> implements ReactiveController {
  /**
   * How long a `LocalizedElement` waits for its English texts, in ms, before it shows Vietnamese; it switches to
   * English when they arrive. A slow network must not leave an element blank.
   */
  static englishWaitMs = 3000;

  readonly #awaited = new Set<LazyMessageCatalog<Messages>>();
  #waitedOut = false;

  /** `also`: the other catalogs the element shows texts of (`text`), fetched together with its own. */
  constructor(
    private readonly host: LocaleHost,
    private readonly catalog: AnyMessageCatalog<M>,
    private readonly also: readonly AnyMessageCatalog<Messages>[] = [],
  ) {
    host.addController(this);
    host.waitForTexts?.(() => this.pending());
  }

  get locale(): Locale {
    return resolveLocale(this.host.locale || this.host.closest('[lang]')?.getAttribute('lang'));
  }

  t(key: keyof M & string, params?: MessageParams): string {
    return this.text(this.catalog, key, params);
  }

  /** A text of another catalog, in the element's language. */
  text<N extends Messages>(catalog: AnyMessageCatalog<N>, key: keyof N & string, params?: MessageParams): string {
    const english = this.locale === 'en' ? this.english(catalog) : undefined;
    return formatMessage(key, (english ?? catalog.vi)[key], params);
  }

  hostConnected(): void {
    watchLang(this.#langChanged);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    unwatchLang(this.#langChanged);
  }

  /** A `lang` of the page changed: the element shows its texts again, in the language now nearest to it. */
  readonly #langChanged = (): void => this.host.requestUpdate();

  /** The English catalogs the element needs that are still on their way; `undefined` when none is. */
  private pending(): Promise<void> | undefined {
    if (this.locale !== 'en' || this.#waitedOut) return undefined;
    const waits = [this.catalog, ...this.also].flatMap((catalog) => (isLazy(catalog) ? (englishLoad(catalog).loading ?? []) : []));
    if (waits.length === 0) return undefined;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waitedOut = true;
        resolve();
      }, LocaleController.englishWaitMs);
      void Promise.all(waits).then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private english<N extends Messages>(catalog: AnyMessageCatalog<N>): EnglishMessages<N> | undefined {
    if (!isLazy(catalog)) return catalog.en;
    const load = englishLoad(catalog);
    if (load.loading && !this.#awaited.has(catalog)) {
      this.#awaited.add(catalog);
      void load.loading.then(() => this.host.requestUpdate());
    }
    return load.messages as EnglishMessages<N> | undefined;
  }
}
