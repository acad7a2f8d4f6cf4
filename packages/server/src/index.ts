/**
 * @cqtt/server: the reference server. The API contract over HTTP on an embedded PostgreSQL (PGlite) or a PostgreSQL
 * server; serves the demo portal.
 * @packageDocumentation
 */
export { createApp, type AppDependencies } from './app.js';
export { loadConfig, describeConfig, ConfigError, type ServerConfig, type ServerMode, type RateLimitConfig } from './config.js';
export { startServer, type RunningServer } from './server.js';
export { idempotencyKeyLifetimeMs, startHousekeeping, type HousekeepingSettings } from './db/housekeeping.js';
export { startExclusiveJob, type ExclusiveJobEvents } from './db/exclusive-job.js';
export { SharedRateLimiter } from './db/shared-rate-limit.js';
export type { RateLimit, RateDecision } from './http/rate-limit.js';
export type { Repository, StoredMessage, StoredResponse, IdempotencyClaim, SurveyOutcome } from './repository-types.js';
export { SqlRepository, openRepository } from './db/sql-repository.js';
export { openDatabase, connectDatabase, migrate, isPostgresUrl, type DatabaseLocation } from './db/open.js';
export type { SqlClient, SqlSession, SqlResult, SqlEngine, Queryable, Transactional } from './db/sql-client.js';
export { PgliteWorkerClient } from './db/pglite-worker-client.js';
export { PgliteClient, type PgliteOpening } from './db/pglite-client.js';
export { migrations, type Migration } from './db/migrations.js';
export { DataFolderInUseError } from './db/folder-lock.js';
export { seedDatabase, seedCatalog, type SeedSummary } from './seed/seed.js';
export { demoDossiers, type DemoDossierOptions } from './seed/dossiers.js';
export { demoSurveys } from './seed/surveys.js';
export { defaultMessages, hotlineMessage, applyHotline } from './seed/messages.js';
export { requestHash } from './http/request-hash.js';
export { staleClaimMs } from './http/survey-post.js';
export * from './auth/index.js';
export * from './privacy/index.js';
export { demoAuthEnvironment, demoSignInRoutes, demoStaff, demoAdmin, demoTokenLifetimeS } from './demo/demo-auth.js';
export type { AdminRepository, AdminActor, WriteOutcome, ScopeCodes } from './admin-repository-types.js';
export { SqlAdminRepository } from './db/admin/sql-admin-repository.js';
export { publicDataMaxAgeS } from './http/public-data-routes.js';
export { requestIdHeader } from './ops/access-log.js';
export { operationsRoutes, repositoryHealth, type DatabaseHealth, type Readiness } from './ops/health.js';
export { ServerMetrics } from './ops/metrics.js';
