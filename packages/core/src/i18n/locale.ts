/** The languages the plugin speaks. Vietnamese is the default; English is second. */
export type Locale = 'vi' | 'en';

export const defaultLocale: Locale = 'vi';

export const supportedLocales: readonly Locale[] = ['vi', 'en'];

/**
 * Maps a BCP 47 tag (`lang` attribute, `navigator.language`) to a supported locale.
 * Anything that is not English falls back to Vietnamese, the portal's language.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : defaultLocale;
}
