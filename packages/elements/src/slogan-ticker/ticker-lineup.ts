import type { TickerItem } from './ticker-items.js';

/** A line of the strip where it is laid out now, in pixels from the start of the strip. */
export interface PlacedLine {
  readonly item: TickerItem;
  readonly start: number;
  readonly end: number;
}

/** The strip in motion: its lines, and the part of it on screen, `[position, position + width)`. */
export interface StripView {
  readonly lines: readonly PlacedLine[];
  readonly position: number;
  readonly width: number;
}

/**
 * What the strip scrolls before its loop of the new list: the `lead`, shown once, from `offset` pixels into it
 * (negative: that much blank before it).
 */
export interface Lineup {
  readonly lead: readonly TickerItem[];
  readonly offset: number;
}

/**
 * The strip for a new list of `items`. A viewer never waits a whole pass for it, nor for its hotline: while the strip
 * moves (`view`), the lines on screen stay where they are and the new list comes in right after the line now entering
 * (the next item boundary), from its first hotline; its loop then starts from the top. A strip that has not started
 * shows the new list at once, from its first hotline.
 */
export function lineUp(items: readonly TickerItem[], view?: StripView): Lineup {
  const hotline = items.findIndex((item) => item.kind === 'hotline');
  const fromHotline = hotline > 0 ? items.slice(hotline) : [];
  const kept = view ? linesOnScreen(view) : [];
  return {
    lead: [...kept.map((line) => line.item), ...fromHotline],
    offset: kept[0] && view ? view.position - kept[0].start : 0,
  };
}

/**
 * The lines on screen, when they follow one another without a blank. A list shorter than the screen shows the blank
 * end of its track between two copies: it changes at once, since every line of it is on screen anyway.
 */
function linesOnScreen({ lines, position, width }: StripView): readonly PlacedLine[] {
  const seen = lines.filter((line) => line.end > position && line.start < position + width);
  return seen.every((line, index) => index === 0 || Math.abs(line.start - seen[index - 1]!.end) < 1) ? seen : [];
}
