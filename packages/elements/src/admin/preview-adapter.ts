import { Observable } from 'rxjs';
import type { Message, PortalAdapter } from '@cqtt/core';

/** The portal with its messages replaced by the drafts, for the ticker's preview: nothing is sent anywhere. */
export function previewAdapter(portal: PortalAdapter, messages: readonly Message[]): PortalAdapter {
  const drafts = new Observable<readonly Message[]>((subscriber) => subscriber.next(messages));
  return new Proxy(portal, {
    get(target, property) {
      if (property === 'messages$') return drafts;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
