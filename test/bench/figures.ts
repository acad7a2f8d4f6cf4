/*
 * How a benchmark hands a figure to `npm run bench`: one line on stdout, a marker then JSON. scripts/bench.mjs
 * takes these lines out of the output and prints every benchmark's figures in one table at the end.
 */

/** The prefix of a figure line; scripts/bench.mjs looks for exactly this text. */
export const figureMarker = '@@cqtt-figure ';

/** One row of the table: what was measured, the figure, and its unit with the aim or budget when there is one. */
export interface Figure {
  readonly what: string;
  readonly figure: string;
  readonly unit: string;
}

/** Prints a figure for the table (and nothing else: the benchmark prints its own detail lines). */
export function reportFigure(what: string, figure: string | number, unit: string): void {
  const text = typeof figure === 'number' ? formatNumber(figure) : figure;
  console.log(`${figureMarker}${JSON.stringify({ what, figure: text, unit } satisfies Figure)}`);
}

/** A number with thousands separators and at most three significant decimals, e.g. 1,176,432 or 0.412. */
export function formatNumber(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** Kilobytes with one decimal, as the budgets are written. */
export const kilobytes = (bytes: number): string => (bytes / 1024).toFixed(1);

/** The median of a list of numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
