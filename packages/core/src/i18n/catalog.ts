import type { Locale } from './locale.js';

/** One locale's messages: keys to templates with `{name}` placeholders. */
export type Messages = Readonly<Record<string, string>>;

/**
 * A message catalog: Vietnamese is the reference, and English must carry exactly the same keys,
 * which the type checker enforces.
 */
export interface MessageCatalog<M extends Messages> {
  readonly vi: M;
  readonly en: EnglishMessages<M>;
}

/** The English texts of a catalog whose Vietnamese texts are `M`: exactly the same keys. */
export type EnglishMessages<M extends Messages> = { readonly [K in keyof M]: string };

/**
 * A catalog for the browser: the Vietnamese texts inline, the English ones in a module of their own that only a
 * page in English fetches. Most portal pages are Vietnamese and should not download English they never show.
 */
export interface LazyMessageCatalog<M extends Messages> {
  readonly vi: M;
  readonly loadEn: () => Promise<EnglishMessages<M>>;
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** Raised when a template names a placeholder the caller did not supply. */
export class MissingMessageParamError extends Error {
  override readonly name = 'MissingMessageParamError';
  constructor(readonly key: string, readonly param: string) {
    super(`Message "${key}" needs the parameter "${param}".`);
  }
}

const placeholder = /\{([A-Za-z0-9_]+)\}/g;

/** Fills a template's `{name}` placeholders. Values are inserted as text, never markup. */
export function formatMessage(key: string, template: string, params: MessageParams = {}): string {
  return template.replace(placeholder, (_match, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) throw new MissingMessageParamError(key, name);
    return String(params[name]);
  });
}

/** Looks a key up in the catalog for a locale and formats it. */
export function translate<M extends Messages>(
  catalog: MessageCatalog<M>,
  locale: Locale,
  key: keyof M & string,
  params?: MessageParams,
): string {
  const template = catalog[locale][key] ?? catalog.vi[key];
  return formatMessage(key, template, params);
}
