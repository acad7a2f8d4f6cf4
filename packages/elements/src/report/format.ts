import { type Ratio, share } from './figures.js';

/** The number formats of the page's language: Vietnamese "1.234" and "66,7%", English "1,234" and "66.7%". */
export type NumberLocale = 'vi-VN' | 'en-GB';

export function numberLocale(language: string): NumberLocale {
  return language === 'vi' ? 'vi-VN' : 'en-GB';
}

/** A count as on screen and on paper. */
export function formatCount(value: number, locale: NumberLocale): string {
  return value.toLocaleString(locale);
}

/** A ratio as a percentage with at most one decimal, or `undefined` when there is nothing to divide by. */
export function formatShare(ratio: Ratio, locale: NumberLocale): string | undefined {
  return share(ratio)?.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 1 });
}
