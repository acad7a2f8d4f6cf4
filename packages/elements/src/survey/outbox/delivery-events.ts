import type { SatisfactionLevel } from '@cqtt/core';
import type { OutboxEntry } from './outbox.js';

/**
 * What happened to a stored vote; an element shows it to the citizen who cast it. `duplicate`: the dossier already
 * had another answer, which the server kept (its level `keptLevel`, when known); this vote was not counted.
 */
export type DeliveryEvent =
  | {
      readonly type: 'delivered';
      readonly key: string;
      readonly dossierId: string;
      readonly duplicate: boolean;
      readonly keptLevel?: SatisfactionLevel;
    }
  | { readonly type: 'failed'; readonly entry: OutboxEntry };

type DeliveredEvent = Extract<DeliveryEvent, { readonly type: 'delivered' }>;

/** A `delivered` event from another tab, checked: the channel is open to any script of the origin. */
function deliveredEventOf(data: unknown): DeliveredEvent | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, key, dossierId, duplicate, keptLevel } = data as Record<string, unknown>;
  if (type !== 'delivered' || typeof key !== 'string' || typeof dossierId !== 'string' || typeof duplicate !== 'boolean') return undefined;
  const level = [1, 2, 3, 4, 5].find((known) => known === keptLevel) as SatisfactionLevel | undefined;
  return { type, key, dossierId, duplicate, ...(level !== undefined && { keptLevel: level }) };
}

/**
 * Tells the other tabs on one outbox which votes were delivered, and hears theirs: one tab delivers, every tab's
 * thank-you updates. Does nothing where `BroadcastChannel` is missing.
 */
export class DeliveredChannel {
  private readonly channel: BroadcastChannel | undefined;

  constructor(outboxName: string, heard: (event: DeliveredEvent) => void) {
    this.channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(`${outboxName}:delivered`);
    this.channel?.addEventListener('message', (message: MessageEvent<unknown>) => {
      const event = deliveredEventOf(message.data);
      if (event) heard(event);
    });
  }

  post(event: DeliveredEvent): void {
    this.channel?.postMessage(event);
  }

  close(): void {
    this.channel?.close();
  }
}
