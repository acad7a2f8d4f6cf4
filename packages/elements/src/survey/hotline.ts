import type { Message } from '@cqtt/core';

/** A hotline to show: the text as given, and a link only when it is a safe `tel:` or `https:` address. */
export interface Hotline {
  readonly text: string;
  readonly href?: string;
}

function safeHref(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  try {
    const protocol = new URL(href).protocol;
    return protocol === 'tel:' || protocol === 'https:' ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The hotline the integrator set (`hotline` attribute: a number, dialled as `tel:`), else the portal's first
 * message of kind `hotline`.
 */
export function hotlineOf(configured: string | undefined, messages: readonly Message[] | undefined): Hotline | undefined {
  const text = configured?.trim();
  if (text) {
    const digits = text.replace(/[^\d+]/g, '');
    return digits.length >= 3 ? { text, href: `tel:${digits}` } : { text };
  }
  const message = messages?.find((candidate) => candidate.kind === 'hotline');
  if (!message) return undefined;
  const href = safeHref(message.href);
  return href === undefined ? { text: message.text } : { text: message.text, href };
}
