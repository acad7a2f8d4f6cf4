/** The Web Lock that lets only one tab (or one deliverer in a tab) send stored votes at a time. */
export const deliveryLockName = 'cqtt-survey-delivery';

const pageLocks = new Map<string, Promise<unknown>>();

/**
 * Runs `task` while holding the lock `name`: across tabs through Web Locks when the browser has them
 * (`locks`), else within this page through a promise chain. Resolves `undefined` when `signal` aborts
 * before the lock is granted.
 */
export async function withDeliveryLock<T>(
  locks: LockManager | null,
  name: string,
  signal: AbortSignal,
  task: () => Promise<T>,
): Promise<T | undefined> {
  if (locks) {
    try {
      return await locks.request(name, { signal }, task);
    } catch (error) {
      if (signal.aborted) return undefined;
      throw error;
    }
  }
  const previous = pageLocks.get(name) ?? Promise.resolve();
  const run = previous.then(() => (signal.aborted ? undefined : task()));
  const settled = run.catch(() => undefined);
  pageLocks.set(name, settled);
  void settled.then(() => {
    if (pageLocks.get(name) === settled) pageLocks.delete(name);
  });
  return run;
}
