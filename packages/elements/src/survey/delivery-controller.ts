import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Subscription, take } from 'rxjs';
import type { PortalAdapter, SurveyResponse } from '@cqtt/core';
import type { SurveyClock } from './outbox/clock.js';
import type { SurveyDelivery, SurveyDeliveryOptions } from './outbox/delivery.js';
import type { DeliveryEvent } from './outbox/delivery-events.js';
import { pageModule } from './lazy-module.js';
import { newIdempotencyKey } from './outbox/key.js';
import type { OutboxEntry } from './outbox/outbox.js';
import type { SendOutcome } from './outbox/send.js';
import type * as OutboxCode from './outbox/shared-delivery.js';
import type { SurveyDeliveryLease } from './outbox/shared-delivery.js';

/**
 * The outbox's code (IndexedDB and the delivery) is fetched while the survey first renders, never before it; a page
 * that cannot fetch it sends votes straight to the server, and tries the fetch again on its next connection.
 */
const loadOutboxCode = pageModule(() => import('./outbox/shared-delivery.js'));
/** The code that sends one vote, fetched when a vote must go straight to the server (no outbox on this device). */
const loadSendCode = pageModule(() => import('./outbox/send.js'));

/** What the delivery is built from; a new adapter means a new delivery. */
export interface DeliveryInputs {
  readonly adapter: PortalAdapter | undefined;
  readonly clock: SurveyClock;
  readonly options: SurveyDeliveryOptions;
}

/**
 * The element's hold on the shared delivery of its adapter while it is connected: the outbox's events, the server's
 * clock offset for dating votes, and the direct sending of a vote when the device cannot store it.
 */
export class SurveyDeliveryController implements ReactiveController {
  /** The outbox's code once fetched; `null` when it could not be. */
  private outbox: typeof OutboxCode | null | undefined;
  private lease: SurveyDeliveryLease | undefined;
  private leaseAdapter: PortalAdapter | undefined;
  private events: Subscription | undefined;
  private serverTime: Subscription | undefined;
  /** How far the server's clock is ahead of the element's (kiosk PCs are often wrong); 0 until known. */
  private serverOffsetMs = 0;
  private direct: AbortController | undefined;
  /** The key of a vote sent directly that may have reached the server: the same vote is sent again under it. */
  private directKey: string | undefined;
  /** The dossier and token last offered to the stored vote, so each new token is offered once. */
  private offeredToken: string | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly inputs: () => DeliveryInputs,
    private readonly onEvent: (event: DeliveryEvent) => void,
  ) {
    host.addController(this);
  }

  /** Whether votes can be cast: the outbox's code has arrived, or could not, and votes go straight to the server. */
  get ready(): boolean {
    return this.outbox !== undefined;
  }

  /** The delivery in use, while connected to an adapter; `null` once known that there is none. */
  get delivery(): SurveyDelivery | null | undefined {
    return this.ready ? (this.lease?.delivery ?? null) : undefined;
  }

  /** True while it holds a delivery, a subscription or a request. */
  get busy(): boolean {
    return this.lease !== undefined || this.direct !== undefined || (this.serverTime !== undefined && !this.serverTime.closed);
  }

  /** Now by the server's clock, as far as it is known: when a vote is cast. */
  now(): number {
    return this.inputs().clock.now() + this.serverOffsetMs;
  }

  hostConnected(): void {
    this.connected = true;
    if (this.outbox) this.sync();
    else
      void loadOutboxCode().then((code) => {
        this.outbox = code ?? null;
        this.sync();
        this.host.requestUpdate();
      });
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.cancelDirect();
    this.release();
  }

  /** Hands a new token to the dossier's stored vote, which is then sent at once if it was waiting for one. */
  offerToken(dossierId: string | undefined, surveyToken: string | undefined): void {
    const offer = `${dossierId}\n${surveyToken}`;
    if (!this.lease || !dossierId || !surveyToken || offer === this.offeredToken) return;
    this.offeredToken = offer;
    void this.lease.delivery.adoptToken(dossierId, surveyToken);
  }

  /**
   * Stores the vote on the device, to be delivered from there (replacing the rejected vote `replacesKey`). Resolves
   * the stored entry, or undefined when the device cannot keep votes.
   */
  async store(response: SurveyResponse, surveyToken: string | undefined, replacesKey?: string): Promise<OutboxEntry | undefined> {
    const delivery = this.lease?.delivery;
    if (!delivery) return undefined;
    try {
      return await delivery.enqueue(response, replacesKey, surveyToken);
    } catch {
      return undefined;
    }
  }

  /**
   * Sends a vote straight to the server. A vote sent again unchanged keeps its key, so a vote the server stored
   * though its answer was lost is not counted twice. Resolves undefined when cancelled.
   */
  async sendDirectly(response: SurveyResponse, surveyToken: string | undefined): Promise<SendOutcome | undefined> {
    const { adapter } = this.inputs();
    if (!adapter) return undefined;
    this.direct?.abort();
    const key = (this.directKey ??= this.lease?.delivery.newKey() ?? newIdempotencyKey());
    const direct = (this.direct = new AbortController());
    try {
      const code = await loadSendCode();
      if (direct.signal.aborted) return undefined;
      // The sending code could not be fetched: as good as a request that found no network.
      if (!code) return { outcome: 'retry', failure: { kind: 'network', message: 'network' } };
      const outcome = await code.sendVote(adapter, { response, key, surveyToken }, direct.signal);
      if (outcome.outcome !== 'retry') this.directKey = undefined;
      return outcome;
    } catch (error) {
      // Only a stopped sending rejects (DeliveryStoppedError): the citizen has gone, nothing to tell.
      if (direct.signal.aborted) return undefined;
      throw error;
    } finally {
      if (this.direct === direct) this.direct = undefined;
    }
  }

  /** The citizen changed the vote: it will go under a new key. */
  forgetDirectKey(): void {
    this.directKey = undefined;
  }

  /** Stops a direct sending in flight (a handover, the element leaving). */
  cancelDirect(): void {
    this.direct?.abort();
    this.direct = undefined;
    this.directKey = undefined;
  }

  private sync(): void {
    const { adapter, clock, options } = this.inputs();
    if (!this.connected || this.outbox === undefined || adapter === this.leaseAdapter) return;
    this.release();
    if (!adapter) return;
    this.leaseAdapter = adapter;
    if (this.outbox) {
      this.lease = this.outbox.startSurveyDelivery(adapter, { clock, ...options });
      this.events = this.lease.delivery.events$.subscribe((event) => this.onEvent(event));
    }
    this.serverOffsetMs = 0;
    this.serverTime = adapter.serverTime$.pipe(take(1)).subscribe({
      next: (serverNow) => (this.serverOffsetMs = serverNow - clock.now()),
      // Without the server's time the vote keeps the device's: better than no vote.
      error: () => undefined,
    });
  }

  private release(): void {
    this.events?.unsubscribe();
    this.events = undefined;
    this.serverTime?.unsubscribe();
    this.serverTime = undefined;
    this.lease?.release();
    this.lease = undefined;
    this.leaseAdapter = undefined;
    this.offeredToken = undefined;
  }
}
