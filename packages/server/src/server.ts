import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Instant } from '@cqtt/core';
import { createApp } from './app.js';
import type { AuthSettings } from './auth/config.js';
import type { ServerConfig } from './config.js';
import { openDatabase } from './db/open.js';
import { SqlRepository } from './db/sql-repository.js';
import { sqlHealth } from './ops/sql-health.js';
import type { Logger } from './privacy/logger.js';
import { SharedRateLimiter } from './db/shared-rate-limit.js';
import { idempotencyKeyLifetimeMs, startHousekeeping } from './db/housekeeping.js';
import type { Repository } from './repository-types.js';
import { applyHotline } from './seed/messages.js';
import { seedDatabase, type SeedSummary } from './seed/seed.js';

/** How a stop went: whether every open request finished within the timeout. */
export interface CloseOutcome {
  readonly drained: boolean;
}

/** A running server: its address, its storage, and how to stop it. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly repository: Repository;
  readonly seeded: SeedSummary | undefined;
  /**
   * Stops: `/readyz` answers 503, the listener closes (new connections are refused), open requests get up to
   * `config.shutdownTimeoutS` to finish (their answers say `Connection: close`), then whatever is left is cut and
   * the database closed.
   */
  close(): Promise<CloseOutcome>;
}

function drain(server: ServerType, timeoutS: number): Promise<CloseOutcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if ('closeAllConnections' in server) server.closeAllConnections();
      resolve({ drained: false });
    }, timeoutS * 1000);
    server.close(() => {
      clearTimeout(timer);
      resolve({ drained: true });
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
}

/**
 * Opens the database (applying migrations), seeds what is empty when `config.seed` is on (demo mode), makes the
 * hotline line match `config.hotline`, forgets idempotency keys older than a week, starts the housekeeping (call-back
 * phone numbers deleted after `auth.phoneRetentionDays`, old keys and rate-limit rows forgotten; `startHousekeeping`),
 * and listens on `config.host`:`config.port` (0 picks a free port).
 */
export async function startServer(
  config: ServerConfig,
  auth: AuthSettings,
  options: { readonly clock?: () => Instant; readonly logger?: Logger } = {},
): Promise<RunningServer> {
  const clock = options.clock ?? Date.now;
  const { logger } = options;
  const db = await openDatabase(config);
  const repository = new SqlRepository(db);
  const readiness = { draining: false };
  let server: ServerType;
  let seeded: SeedSummary | undefined;
  let stopHousekeeping: (() => Promise<void>) | undefined;
  try {
    seeded = config.seed ? await seedDatabase(repository, { now: clock(), hotline: config.hotline }) : undefined;
    await applyHotline(repository, config.hotline);
    await repository.purgeIdempotencyKeys(clock() - idempotencyKeyLifetimeMs);
    stopHousekeeping = startHousekeeping(
      db,
      { intervalMs: config.maintenanceIntervalMs, phoneRetentionDays: auth.phoneRetentionDays, rateWindowMs: config.rateLimit.windowMs },
      clock,
      logger && ((line) => logger.info(line)),
    );
    // Instances on one PostgreSQL database share each client's budget; PGlite has one instance, counting in memory.
    const rateLimit = db.engine === 'postgres' ? new SharedRateLimiter(db, config.rateLimit) : undefined;
    const app = createApp(config, { repository, auth, clock, health: sqlHealth(db), readiness, ...(rateLimit && { rateLimit }), ...(logger && { logger }) });
    server = await new Promise<ServerType>((resolve, reject) => {
      const started = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => resolve(started));
      started.once('error', reject);
    });
  } catch (error) {
    await stopHousekeeping?.();
    await repository.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  let closing: Promise<CloseOutcome> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    port,
    repository,
    seeded,
    close: () =>
      (closing ??= (async () => {
        readiness.draining = true;
        const outcome = await drain(server, config.shutdownTimeoutS);
        await stopHousekeeping?.();
        await repository.close();
        return outcome;
      })()),
  };
}
