import { type DefaultSloganId, type Message, type MessageKind, lazyDefaultSlogans } from '@cqtt/core';

/** One line the ticker shows: a message from the portal, or one of the built-in slogans. */
export interface TickerItem {
  readonly id: string;
  readonly kind: MessageKind;
  readonly text: string;
  /** Only an allow-listed link (`https:` or `tel:`); any other `href` from the API is dropped. */
  readonly href?: string;
}

const allowedProtocols = new Set(['https:', 'tel:']);

/**
 * Returns the link when it is `https:` or `tel:`, else `undefined`. The text must begin with the scheme
 * itself: no leading blanks or control characters that a browser would strip before a `javascript:`.
 */
export function safeHref(href: string | undefined): string | undefined {
  if (href === undefined || !/^(https|tel):/i.test(href)) return undefined;
  try {
    return allowedProtocols.has(new URL(href).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

/** The portal's messages as ticker lines, with every link checked; texts are kept verbatim (shown as text). */
export function itemsFromMessages(messages: readonly Message[]): TickerItem[] {
  return messages
    .filter((message) => message.text.trim() !== '')
    .map(({ id, kind, text, href }) => {
      const safe = safeHref(href);
      return { id, kind, text, ...(safe === undefined ? {} : { href: safe }) };
    });
}

/**
 * The plan's "4 xin, 4 luôn, 5 không" and the close-dossier reminder, each in the element's language (`text` reads
 * `lazyDefaultSlogans`): the screen is never blank.
 */
export function defaultItems(text: (id: DefaultSloganId) => string): TickerItem[] {
  return (Object.keys(lazyDefaultSlogans.vi) as DefaultSloganId[]).map((id) => ({
    id,
    kind: id.startsWith('reminder-') ? 'reminder' : 'slogan',
    text: text(id),
  }));
}

/** True when both lists would render the same lines, so a periodic refresh with no news restarts nothing. */
export function sameItems(a: readonly TickerItem[], b: readonly TickerItem[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
