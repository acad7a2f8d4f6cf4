import type { PortalAdapter } from '@cqtt/core';
import { SurveyDelivery, type SurveyDeliveryOptions } from './delivery.js';
import { defaultOutboxName } from './outbox.js';

interface Registration {
  readonly delivery: SurveyDelivery;
  leases: number;
}

const registrations = new WeakMap<PortalAdapter, Map<string, Registration>>();

/** A hold on the shared delivery of an adapter; `release()` lets it stop when nobody holds it. */
export interface SurveyDeliveryLease {
  readonly delivery: SurveyDelivery;
  release(): void;
}

/**
 * Starts delivering the votes stored on this device through `adapter` (or joins the delivery already
 * running for it), reading what a previous page left in the outbox. Every `<cqtt-survey>` calls this
 * while connected; a host page may call it too, to keep delivering after the survey leaves the page.
 * The first caller's options apply to everyone sharing the delivery.
 */
export function startSurveyDelivery(adapter: PortalAdapter, options: SurveyDeliveryOptions = {}): SurveyDeliveryLease {
  const name = options.outboxName ?? defaultOutboxName;
  let byName = registrations.get(adapter);
  if (!byName) registrations.set(adapter, (byName = new Map<string, Registration>()));
  let registration = byName.get(name);
  if (!registration) {
    registration = { delivery: new SurveyDelivery(adapter, options), leases: 0 };
    byName.set(name, registration);
    registration.delivery.start();
  }
  registration.leases += 1;
  const held = registration;
  const map = byName;
  let released = false;
  return {
    delivery: held.delivery,
    release() {
      if (released) return;
      released = true;
      held.leases -= 1;
      if (held.leases > 0) return;
      held.delivery.stop();
      if (map.get(name) === held) map.delete(name);
    },
  };
}
