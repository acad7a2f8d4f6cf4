import type { PortalAdapter } from '@cqtt/core';

/** The instant a `?now=YYYY-MM-DDTHH:mm` query names (Vietnam time); undefined without one; RangeError when malformed. */
export function demoNowFrom(search: string): number | undefined;

/** The adapter with its `serverTime$` starting at `startAt` and running on with the server's clock. */
export function withDemoClock(adapter: PortalAdapter, startAt: number): PortalAdapter;
