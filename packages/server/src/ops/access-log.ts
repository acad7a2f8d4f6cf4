import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '../privacy/logger.js';
import type { ServerMetrics } from './metrics.js';

/** The header that carries a request's id, taken from the client or the proxy when valid, and always returned. */
export const requestIdHeader = 'X-Request-Id';

/** A request id as proxies and tracing make them (UUIDs, trace ids): 1-128 visible ASCII characters of this set. */
const requestIdPattern = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

const requestIds = new WeakMap<Request, string>();

/** The id of a request that passed `accessLog`, for the lines written about it. */
export function requestIdOf(c: Context): string | undefined {
  return requestIds.get(c.req.raw);
}

/**
 * The route pattern of the handler that answered (`/api/v1/dossiers/:id`), read once the request went through
 * (Hono's route index then points at the last handler run); `*` when only middleware ran.
 */
export function routePatternOf(c: Context): string {
  return routePath(c) || '*';
}

/**
 * Gives every request an id (its valid `X-Request-Id`, or a new UUID) and returns it in `X-Request-Id`; once
 * answered, writes one log line (`request`: requestId, method, route pattern, status, ms) and counts it in
 * `metrics`.
 */
export function accessLog(logger: Logger | undefined, metrics: ServerMetrics | undefined): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header(requestIdHeader);
    const requestId = given !== undefined && requestIdPattern.test(given) ? given : randomUUID();
    requestIds.set(c.req.raw, requestId);
    await next();
    c.header(requestIdHeader, requestId);
    const ms = performance.now() - started;
    const route = routePatternOf(c);
    const status = c.res.status;
    metrics?.observe({ method: c.req.method, route, status, seconds: ms / 1000, replayed: c.res.headers.get('Idempotent-Replayed') === 'true' });
    const fields = { requestId, method: c.req.method, route, status, ms: Math.round(ms * 10) / 10 };
    // A readiness probe's 503 is the answer it exists to give (draining, database away), polled all along a deploy.
    if (route === '/readyz' && status === 503) logger?.warn('request', fields);
    else if (status >= 500) logger?.error('request', fields);
    else logger?.info('request', fields);
  };
}
