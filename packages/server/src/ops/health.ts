import { Hono } from 'hono';
import type { Repository } from '../repository-types.js';
import type { ServerMetrics } from './metrics.js';

/** What the database can say about itself, for `/readyz` and the metrics. */
export interface DatabaseHealth {
  /** It answered a query. */
  readonly reachable: boolean;
  /** Every migration this server knows is recorded as applied. */
  readonly migrationsApplied: boolean;
  /** Connections of a pool by state (`total`, `idle`, `waiting`), for an engine that has one. */
  readonly pool?: Readonly<Record<string, number>>;
}

/** Whether the process still takes new work: false once a stop signal came and it drains. */
export interface Readiness {
  readonly draining: boolean;
}

/**
 * The probe of a storage that reports nothing more: reachable when a cheap read succeeds; its migrations are taken
 * as applied, since a repository is handed over only once opened.
 */
export function repositoryHealth(repository: Repository): () => Promise<DatabaseHealth> {
  return async () => {
    try {
      await repository.emptiness();
      return { reachable: true, migrationsApplied: true };
    } catch {
      return { reachable: false, migrationsApplied: false };
    }
  };
}

/**
 * `GET /healthz` (the process answers), `GET /readyz` (the database answers, its migrations are applied and the
 * process is not draining; 503 otherwise) and, with `metrics`, `GET /metrics` in Prometheus' text format. Their
 * answers carry no personal data and are never cached.
 */
export function operationsRoutes(health: () => Promise<DatabaseHealth>, readiness: Readiness, metrics: ServerMetrics | undefined): Hono {
  const routes = new Hono();
  // Only on these paths: a `*` middleware here would run for every request of the app this is mounted in.
  for (const path of ['/healthz', '/readyz', '/metrics']) {
    routes.use(path, async (c, next) => {
      await next();
      c.header('Cache-Control', 'no-store');
    });
  }
  routes.get('/healthz', (c) => c.json({ status: 'ok' }));
  routes.get('/readyz', async (c) => {
    if (readiness.draining) return c.json({ status: 'draining' }, 503);
    const state = await health();
    const ready = state.reachable && state.migrationsApplied;
    return c.json({ status: ready ? 'ready' : 'unavailable', database: state.reachable ? 'reachable' : 'unreachable', migrations: state.migrationsApplied ? 'applied' : 'pending' }, ready ? 200 : 503);
  });
  if (metrics) {
    routes.get('/metrics', async (c) => c.body(await metrics.registry.metrics(), 200, { 'Content-Type': metrics.registry.contentType }));
  }
  return routes;
}
