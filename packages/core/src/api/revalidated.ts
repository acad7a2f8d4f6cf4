import type { SchedulerLike, Subscriber, Subscription } from 'rxjs';
import { Observable, catchError } from 'rxjs';

/**
 * Data the page keeps and an administrator may change while pages are open (the catalog, the messages, a calendar
 * year): read once for every subscriber of the page, then read again every `intervalMs` while anyone is subscribed
 * (the browser's HTTP cache turns each read into a conditional request, answered 304 when nothing changed). A late
 * subscriber gets the last value at once; only a changed body is emitted; a failed read again keeps the last value.
 * A failed first read errors every subscriber, as a plain read would. When the last subscriber leaves, the reads
 * stop but the value is kept for the page: an element mounted again gets it at once, and it is read again only once
 * `intervalMs` has passed since the last read, so a remount costs no request.
 */
export function revalidated<T>(read: () => Observable<T>, intervalMs: number, scheduler: SchedulerLike): Observable<T> {
  const subscribers = new Set<Subscriber<T>>();
  let latest: { readonly value: T; readonly text: string } | undefined;
  /** When the last read answered (scheduler time). */
  let readAt = 0;
  let loop: Subscription | undefined;
  let reading: Subscription | undefined;
  const stop = (): void => {
    loop?.unsubscribe();
    reading?.unsubscribe();
    loop = reading = undefined;
  };
  const deliver = (value: T): void => {
    readAt = scheduler.now();
    const text = JSON.stringify(value);
    if (text === latest?.text) return;
    latest = { value, text };
    for (const each of [...subscribers]) each.next(value);
  };
  const fail = (error: unknown): void => {
    const failed = [...subscribers];
    subscribers.clear();
    stop();
    latest = undefined;
    for (const each of failed) each.error(error);
  };
  // The next read is scheduled when the last one has answered, never on a fixed beat: a read slower than the
  // interval must finish rather than be cancelled by the next one.
  const step = (): void => {
    reading = (latest ? read().pipe(catchError(() => [] as T[])) : read()).subscribe({
      next: deliver,
      error: fail,
      complete: () => {
        if (loop) loop = scheduler.schedule(step, intervalMs);
      },
    });
  };
  return new Observable<T>((subscriber) => {
    subscribers.add(subscriber);
    if (latest) subscriber.next(latest.value);
    const due = latest ? Math.max(0, readAt + intervalMs - scheduler.now()) : 0;
    loop ??= scheduler.schedule(step, due);
    return () => {
      subscribers.delete(subscriber);
      if (subscribers.size === 0) stop();
    };
  });
}
