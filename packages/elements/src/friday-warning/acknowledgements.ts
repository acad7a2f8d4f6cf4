import type { LocalDate } from '@cqtt/core';

const remembered = new Set<string>();

/** The storage key of a dossier's acknowledged Friday warning on a Vietnam date. */
export function acknowledgementKey(dossierId: string, date: LocalDate): string {
  return `cqtt:friday-warning:ack:${dossierId}:${date}`;
}

/** Whether the warning behind `key` was acknowledged: in `localStorage`, or in this page when storage is unavailable. */
export function isAcknowledged(key: string): boolean {
  if (remembered.has(key)) return true;
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

/** Remembers an acknowledgement; when storage is unavailable (private mode, blocked), for this page only. */
export function acknowledge(key: string, at: string): void {
  remembered.add(key);
  try {
    localStorage.setItem(key, at);
  } catch {
    // Storage is blocked or full: the page remembers it until it is reloaded.
  }
}
