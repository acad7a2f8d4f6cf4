import type { SchedulerLike, Subscriber, Subscription } from 'rxjs';
import { Observable, catchError, switchMap, timer } from 'rxjs';

/**
 * Data an administrator may change while pages are open (a calendar year): read once for every subscriber of the
 * page, then read again every `intervalMs` while anyone is subscribed (the browser's HTTP cache turns each read
 * into a conditional request, answered 304 when nothing changed). A late subscriber gets the last value at once;
 * only a changed body is emitted; a failed read again keeps the last value. A failed first read errors every
 * subscriber, as a plain read would. When the last subscriber leaves, the reads stop and the value is dropped.
 */
export function revalidated<T>(read: () => Observable<T>, intervalMs: number, scheduler: SchedulerLike): Observable<T> {
  const subscribers = new Set<Subscriber<T>>();
  let latest: { readonly value: T; readonly text: string } | undefined;
  let running: Subscription | undefined;
  const stop = (): void => {
    running?.unsubscribe();
    running = undefined;
    latest = undefined;
  };
  return new Observable<T>((subscriber) => {
    subscribers.add(subscriber);
    if (latest) subscriber.next(latest.value);
    running ??= timer(0, intervalMs, scheduler)
      .pipe(switchMap(() => (latest ? read().pipe(catchError(() => [] as T[])) : read())))
      .subscribe({
        next: (value) => {
          const text = JSON.stringify(value);
          if (text === latest?.text) return;
          latest = { value, text };
          for (const each of [...subscribers]) each.next(value);
        },
        error: (error: unknown) => {
          const failed = [...subscribers];
          subscribers.clear();
          stop();
          for (const each of failed) each.error(error);
        },
      });
    return () => {
      subscribers.delete(subscriber);
      if (subscribers.size === 0) stop();
    };
  });
}
