import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { MessageKind } from '@cqtt/core';

/**
 * The ticker's icons, drawn on a 16×16 grid in the text's colour, filled to read from across a hall: not font
 * glyphs (★ ⚑ ☎ ▶ ❚❚ ✓), which show as empty boxes on a PC without an emoji or symbol font. Hidden from screen
 * readers: the word beside each says it. (The staff elements' `controllers/icons.ts` draws the same way; the lobby
 * page does not download its shapes.)
 */
function icon(name: string, shape: SVGTemplateResult): TemplateResult {
  return html`<svg class="icon" data-icon=${name} viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true">${shape}</svg>`;
}

const filled = (path: string) => svg`<path d=${path} fill="currentColor"></path>`;

/** The mark of each kind of message, beside its word: a message is never told by colour alone. */
export const kindIcons: Readonly<Record<MessageKind, TemplateResult>> = {
  slogan: icon('star', filled('M8 1l2 4.2 4.6.6-3.4 3.2.9 4.5L8 11.3l-4.1 2.2.9-4.5-3.4-3.2 4.6-.6z')),
  reminder: icon('flag', filled('M3.2 1.5h1.6v13H3.2zM4.8 2.2h8.4l-2 3.3 2 3.3H4.8z')),
  hotline: icon('phone', filled('M4 1.5l2.2.5.9 3-1.6 1.4a8 8 0 0 0 4 4l1.4-1.6 3 .9.5 2.2-1.8 1.6C7.8 14 2 8.2 2.5 3.2z')),
};

export const pauseIcon = icon('pause', filled('M4 2.8h3v10.4H4zM9 2.8h3v10.4H9z'));
export const playIcon = icon('play', filled('M4.5 2.8v10.4L13 8z'));
export const checkIcon = icon('check', filled('M2.3 8.6l1.5-1.5 2.6 2.6 5.8-5.8 1.5 1.5-7.3 7.3z'));
