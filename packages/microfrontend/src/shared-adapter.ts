import { HttpPortalAdapter, type PortalAdapter } from '@cqtt/core';
import { type ApiConfig, type SharedProps, validateSharedProps } from './props.js';

const adapters = new Map<string, HttpPortalAdapter>();
const tokenIds = new WeakMap<object, number>();
let lastTokenId = 0;

function tokenIdOf(token: ApiConfig['token']): number {
  if (!token) return 0;
  let id = tokenIds.get(token);
  if (id === undefined) {
    lastTokenId += 1;
    id = lastTokenId;
    tokenIds.set(token, id);
  }
  return id;
}

function keyOf(api: ApiConfig): string {
  const tokenId = tokenIdOf(api.token);
  return JSON.stringify([api.baseUrl ?? '', api.endpoints ?? {}, api.nationalPortal === true, tokenId]);
}

/**
 * The `HttpPortalAdapter` for an API configuration: one per configuration on the page, shared by every
 * element, application and parcel (so one request serves them all). A host that wraps the adapter (to log,
 * or to shift the clock in a demo) gets it here and passes its wrapper as `adapter`. Throws `CqttPropsError`.
 */
export function sharedAdapter(api: ApiConfig): PortalAdapter {
  validateSharedProps({ api });
  const key = keyOf(api);
  let adapter = adapters.get(key);
  if (!adapter) {
    adapter = new HttpPortalAdapter({
      baseUrl: api.baseUrl ?? '',
      ...(api.endpoints ? { endpoints: api.endpoints } : {}),
      ...(api.token ? { authHeader: api.token } : {}),
      dossierFormat: api.nationalPortal === true ? 'national' : 'cqtt',
    });
    adapters.set(key, adapter);
  }
  return adapter;
}

/** The adapter the elements get: the host's own, else the shared one for `api`, else none. */
export function adapterFor(props: SharedProps): PortalAdapter | undefined {
  if (props.adapter) return props.adapter;
  return props.api ? sharedAdapter(props.api) : undefined;
}
