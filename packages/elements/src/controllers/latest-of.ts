import { Observable } from 'rxjs';

/**
 * RxJS's `combineLatest` for a fixed list of streams, in a few lines: subscribes to them all at once, in order; once
 * each has given a value, emits the latest value of every one (a new array each time) at each value of any; errors
 * with the first error; completes when all have completed.
 */
export function latestOf<T extends readonly unknown[]>(sources: readonly [...{ [K in keyof T]: Observable<T[K]> }]): Observable<T> {
  return new Observable<T>((subscriber) => {
    const values: unknown[] = [];
    let waitingFor = sources.length;
    let running = sources.length;
    if (running === 0) subscriber.complete();
    sources.forEach((source: Observable<unknown>, index) => {
      let given = false;
      const subscription = source.subscribe({
        next: (value) => {
          values[index] = value;
          if (!given) {
            given = true;
            waitingFor -= 1;
          }
          if (waitingFor === 0) subscriber.next(values.slice() as unknown as T);
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => {
          running -= 1;
          if (running === 0) subscriber.complete();
        },
      });
      subscriber.add(subscription);
    });
  });
}
