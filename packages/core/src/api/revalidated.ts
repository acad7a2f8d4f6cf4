import type { SchedulerLike, Subscriber, Subscription } from 'rxjs';
import { Observable, catchError, switchMap, timer } from 'rxjs';

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
  let running: Subscription | undefined;
  const stop = (): void => {
    running?.unsubscribe();
    running = undefined;
  };
  return new Observable<T>((subscriber) => {
    subscribers.add(subscriber);
    if (latest) subscriber.next(latest.value);
    const due = latest ? Math.max(0, readAt + intervalMs - scheduler.now()) : 0;
    running ??= timer(due, intervalMs, scheduler)
      .pipe(switchMap(() => (latest ? read().pipe(catchError(() => [] as T[])) : read())))
      .subscribe({
        next: (value) => {
          readAt = scheduler.now();
          const text = JSON.stringify(value);
          if (text === latest?.text) return;
          latest = { value, text };
          for (const each of [...subscribers]) each.next(value);
        },
        error: (error: unknown) => {
          const failed = [...subscribers];
          subscribers.clear();
          stop();
          latest = undefined;
          for (const each of failed) each.error(error);
        },
      });
    return () => {
      subscribers.delete(subscriber);
      if (subscribers.size === 0) stop();
    };
  });
}
