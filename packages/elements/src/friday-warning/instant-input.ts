import type { Instant } from '@cqtt/core';

/** A date-time given to the element that is not an instant nor an ISO string with an offset. */
export class InvalidInstantInputError extends Error {
  override readonly name = 'InvalidInstantInputError';
  constructor(
    /** The property that holds it, e.g. `proposedAppointment`. */
    readonly path: string,
    readonly value: unknown,
  ) {
    super(`${path} must be epoch milliseconds or an ISO date-time with an offset, not ${String(value)}.`);
  }
}

const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an instant given as epoch milliseconds or as an ISO date-time **with an offset** (a time without one would
 * depend on the PC's zone). Empty means none.
 * @throws {InvalidInstantInputError}
 */
export function parseInstantInput(value: Instant | string | null | undefined, path: string): Instant | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const instant = typeof value === 'number' ? value : isoWithOffset.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isFinite(instant)) throw new InvalidInstantInputError(path, value);
  return instant;
}
