import { type Observable, Subject } from 'rxjs';
import type { PortalAdapter, SurveyResponse } from '@cqtt/core';
import { type SurveyClock, maxTimerDelayMs, systemClock } from './clock.js';
import { DeliveredChannel, type DeliveryEvent } from './delivery-events.js';
import { refusedForToken } from './failure.js';
import { deliveryLockName, withDeliveryLock } from './lock.js';
import { newIdempotencyKey } from './key.js';
import { type OutboxEntry, SurveyOutbox, defaultOutboxName } from './outbox.js';
import { type BackoffPolicy, backoffDelay, defaultBackoff, entryAfterAttempt } from './retry.js';
import { DeliveryStoppedError, sendVote } from './send.js';

/** How a delivery is wired: every field has a production default; tests replace time, chance and locks. */
export interface SurveyDeliveryOptions {
  /** The IndexedDB database name (default `cqtt-survey-outbox`). */
  readonly outboxName?: string;
  readonly clock?: SurveyClock;
  /** Uniform in [0, 1): the jitter of the backoff. */
  readonly random?: () => number;
  /** Makes an idempotency key (default a random UUID v4). */
  readonly newKey?: () => string;
  readonly backoff?: BackoffPolicy;
  /** Web Locks for one deliverer across tabs; `null` uses the in-page fallback. Default `navigator.locks`. */
  readonly locks?: LockManager | null;
  /** Where the `online` event is heard (default the window). */
  readonly connectivity?: EventTarget;
}

interface PassMode {
  /** Try 401/403/404 votes again (at start and when the network returns). */
  readonly retryBlocked: boolean;
  /** Skip the backoff of votes that failed for lack of network (the `online` event). */
  readonly skipNetworkBackoff: boolean;
}

/**
 * Delivers the votes in the outbox: oldest first, one deliverer at a time across tabs, with exponential
 * backoff and full jitter, honouring the server's `Retry-After` (kept with the vote, so a reload waits it out too).
 * A 409 (already answered) counts as delivered once the status request confirms the dossier has an answer; an
 * unreadable answer is retried under the same key; a 400/422 waits for the citizen's fix; the API's 401/403/404 wait
 * for a restart or for the network to come back, and a refused survey token for a new one (`adoptToken`). Get one
 * through `startSurveyDelivery` (shared-delivery.ts).
 */
export class SurveyDelivery {
  readonly clock: SurveyClock;
  private readonly random: () => number;
  private readonly newKeyOf: () => string;
  private readonly backoff: BackoffPolicy;
  private readonly locks: LockManager | null;
  private readonly connectivity: EventTarget | undefined;
  private readonly outbox: Promise<SurveyOutbox>;
  private readonly events = new Subject<DeliveryEvent>();
  private readonly deliveredChannel: DeliveredChannel;
  private readonly abort = new AbortController();
  private timer: unknown;
  private queued: PassMode | undefined;
  private running: Promise<void> | undefined;
  private readonly onOnline = () => void this.flush({ retryBlocked: true, skipNetworkBackoff: true });

  /** Everything that happens to stored votes, for the elements that show them. */
  readonly events$: Observable<DeliveryEvent> = this.events.asObservable();

  constructor(
    private readonly adapter: PortalAdapter,
    options: SurveyDeliveryOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.newKeyOf = options.newKey ?? (() => newIdempotencyKey());
    this.backoff = options.backoff ?? defaultBackoff;
    this.locks = options.locks === undefined ? (globalThis.navigator?.locks ?? null) : options.locks;
    this.connectivity = options.connectivity ?? (typeof window === 'undefined' ? undefined : window);
    const outboxName = options.outboxName ?? defaultOutboxName;
    this.outbox = SurveyOutbox.open(outboxName);
    this.deliveredChannel = new DeliveredChannel(outboxName, (event) => this.events.next(event));
    // An unavailable outbox is reported through `available` and `enqueue`, never as an unhandled rejection.
    this.outbox.catch(() => undefined);
  }

  /** Resolves true when votes can be kept on this device (IndexedDB opened). */
  get available(): Promise<boolean> {
    return this.outbox.then(
      () => true,
      () => false,
    );
  }

  /** True while a retry is scheduled: lets tests and hosts check that a stopped delivery left no timer. */
  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  /** A fresh idempotency key, for a vote that must be sent without the outbox. */
  newKey(): string {
    return this.newKeyOf();
  }

  /** Reads the outbox and delivers what is due; listens for the network coming back. */
  start(): void {
    this.connectivity?.addEventListener('online', this.onOnline);
    void this.flush({ retryBlocked: true, skipNetworkBackoff: false });
  }

  /** Stops timers, listeners and any request in flight. Stored votes stay for the next start. */
  stop(): void {
    this.abort.abort();
    this.connectivity?.removeEventListener('online', this.onOnline);
    this.clearTimer();
    this.deliveredChannel.close();
    this.events.complete();
    void Promise.resolve(this.running).then(() => this.outbox.then((outbox) => outbox.close(), () => undefined));
  }

  /**
   * Stores a vote before anything is sent, then starts delivering it. Resolves once the vote is durable;
   * rejects with `OutboxUnavailableError` when the device cannot keep it. `replacesKey` swaps a vote the
   * server rejected for its corrected version; `surveyToken` is stored with the vote and sent with it.
   */
  async enqueue(response: SurveyResponse, replacesKey?: string, surveyToken?: string): Promise<OutboxEntry> {
    const outbox = await this.outbox;
    const entry: OutboxEntry = {
      key: this.newKeyOf(),
      response,
      ...(surveyToken && { surveyToken }),
      attempts: 0,
      nextAttemptAt: this.clock.now(),
      state: 'pending',
    };
    if (replacesKey === undefined) await outbox.add(entry);
    else await outbox.replace(replacesKey, entry);
    void this.flush({ retryBlocked: false, skipNetworkBackoff: false });
    return entry;
  }

  /** The vote still waiting for a dossier, if any (none when the outbox is unavailable). */
  async entryFor(dossierId: string): Promise<OutboxEntry | undefined> {
    try {
      return await (await this.outbox).forDossier(dossierId);
    } catch {
      return undefined;
    }
  }

  /**
   * Gives the stored vote of a dossier a new survey token (the citizen scanned a fresh QR code) when it is still
   * waiting without that token, or was refused for its token, and starts sending it at once. Resolves true when a
   * vote took the token. Runs under the delivery lock, so no attempt in flight writes the old token back.
   */
  async adoptToken(dossierId: string, surveyToken: string): Promise<boolean> {
    let adopted = false;
    try {
      const outbox = await this.outbox;
      await withDeliveryLock(this.locks, deliveryLockName, this.abort.signal, async () => {
        const entry = await outbox.forDossier(dossierId);
        const refused = entry?.state === 'blocked' && refusedForToken(entry.lastError);
        if (!entry || entry.surveyToken === surveyToken || !(entry.state === 'pending' || refused)) return;
        adopted = await outbox.update({ ...entry, surveyToken, state: 'pending', nextAttemptAt: this.clock.now() });
      });
    } catch {
      return false;
    }
    if (adopted) void this.flush();
    return adopted;
  }

  /** Runs one delivery pass now (coalesced with a pass already running); resolves when it is done. */
  flush(mode: PassMode = { retryBlocked: false, skipNetworkBackoff: false }): Promise<void> {
    if (this.abort.signal.aborted) return Promise.resolve();
    this.queued = {
      retryBlocked: mode.retryBlocked || (this.queued?.retryBlocked ?? false),
      skipNetworkBackoff: mode.skipNetworkBackoff || (this.queued?.skipNetworkBackoff ?? false),
    };
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    try {
      const outbox = await this.outbox;
      // A flush asked for while this one runs (even while it schedules) sets `queued` and is served here.
      while (this.queued && !this.abort.signal.aborted) {
        const mode = this.queued;
        this.queued = undefined;
        await withDeliveryLock(this.locks, deliveryLockName, this.abort.signal, () => this.pass(outbox, mode));
        const entries = await outbox.all();
        if (!this.abort.signal.aborted) this.schedule(entries);
      }
    } catch {
      // Outbox unavailable or closed under us (another context deleted it): nothing to deliver from here.
    }
  }

  private async pass(outbox: SurveyOutbox, mode: PassMode): Promise<void> {
    const entries = (await outbox.all()).sort((a, b) => a.response.votedAt - b.response.votedAt);
    for (const entry of entries) {
      if (this.abort.signal.aborted) return;
      if (!this.isDue(entry, mode)) continue;
      // Read again under the lock: another tab may have delivered it since the list was taken.
      const current = await outbox.get(entry.key);
      if (current) await this.attempt(outbox, current);
    }
  }

  private isDue(entry: OutboxEntry, mode: PassMode): boolean {
    if (entry.state === 'needs-fix') return false;
    if (entry.state === 'blocked') return mode.retryBlocked;
    const offline = entry.lastError?.kind === 'network' || entry.lastError?.kind === 'timeout';
    if (mode.skipNetworkBackoff && offline) return true;
    return entry.nextAttemptAt <= this.clock.now();
  }

  private async attempt(outbox: SurveyOutbox, entry: OutboxEntry): Promise<void> {
    let verdict;
    try {
      verdict = await sendVote(this.adapter, entry, this.abort.signal);
    } catch (error) {
      if (error instanceof DeliveryStoppedError) return;
      throw error;
    }
    if (verdict.outcome === 'delivered') {
      await outbox.remove(entry.key);
      const event = {
        type: 'delivered' as const,
        key: entry.key,
        dossierId: entry.response.dossierId,
        duplicate: verdict.answeredBefore,
        ...(verdict.answeredBefore && verdict.keptLevel !== undefined && { keptLevel: verdict.keptLevel }),
      };
      this.events.next(event);
      this.deliveredChannel.post(event);
      return;
    }
    const next = entryAfterAttempt(entry, verdict, (attempts, retryAfterMs) => this.clock.now() + backoffDelay(attempts, this.random, this.backoff, retryAfterMs));
    if (await outbox.update(next)) this.events.next({ type: 'failed', entry: next });
  }

  private schedule(entries: readonly OutboxEntry[]): void {
    this.clearTimer();
    const due = entries.filter((entry) => entry.state === 'pending').map((entry) => entry.nextAttemptAt);
    if (due.length === 0) return;
    const delay = Math.min(maxTimerDelayMs, Math.max(0, Math.min(...due) - this.clock.now()));
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer === undefined) return;
    this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
