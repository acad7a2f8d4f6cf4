import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Instant } from '@cqtt/core';
import type { AuthSettings } from './auth/config.js';
import { surveyTokenHeader } from './auth/survey-guard.js';
import type { ServerConfig } from './config.js';
import { demoSignInRoutes } from './demo/demo-auth.js';
import { apiRoutes } from './http/api-routes.js';
import { clientAddress } from './http/client-address.js';
import { ApiError, errorBody, sendApiError } from './http/errors.js';
import { RateLimiter, type RateLimit } from './http/rate-limit.js';
import { accessLog, requestIdHeader, requestIdOf, routePatternOf } from './ops/access-log.js';
import { operationsRoutes, repositoryHealth, type DatabaseHealth, type Readiness } from './ops/health.js';
import { ServerMetrics } from './ops/metrics.js';
import type { Logger } from './privacy/logger.js';
import type { Repository } from './repository-types.js';
import { serveFile } from './static-files.js';

/**
 * The demo pages run with no eval and no inline script but the import map, allowed by its hash (browsers ignore
 * `src` on import maps, so it must be inline; every demo page carries the same one, checked by an e2e test).
 * Trusted Types guard every DOM sink; Lit's `lit-html` policy is the only one, and two copies of Lit may each make it.
 */
const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'sha256-eHPZayLu58VWWTfBOX+0UB0ouiALgqdOsHxCrYBchpY='"],
  requireTrustedTypesFor: ["'script'"],
  trustedTypes: ['lit-html', "'allow-duplicates'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

/** What the application needs besides its configuration. */
export interface AppDependencies {
  readonly repository: Repository;
  /** How staff and survey tokens are checked (`loadAuthSettings`). */
  readonly auth: AuthSettings;
  /** The server's clock; every rule and timestamp uses it. */
  readonly clock?: () => Instant;
  /** How requests are counted per client; by default in this process's memory (`RateLimiter`). */
  readonly rateLimit?: RateLimit;
  /** Where the access and error lines go (one per request, redacted, control characters escaped); none when absent. */
  readonly logger?: Logger;
  /** How `/readyz` and the metrics learn the database's state; by default a cheap read of `repository`. */
  readonly health?: () => Promise<DatabaseHealth>;
  /** Whether the process drains (`/readyz` answers 503 then); never by default. */
  readonly readiness?: Readiness;
}

function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

function databaseCode(error: unknown): string {
  const code = sqlState(error);
  return code === undefined ? '' : ` (SQLSTATE ${code})`;
}

/**
 * Builds the HTTP application: the API under /api/v1, the in-browser module under /cqtt, the demo at /.
 * Every response carries the security headers; the API answers errors in its JSON envelope, never with a stack.
 */
export function createApp(config: ServerConfig, dependencies: AppDependencies): Hono {
  const { repository, auth, clock = Date.now, logger } = dependencies;
  const health = dependencies.health ?? repositoryHealth(repository);
  const metrics = config.metrics ? new ServerMetrics(health) : undefined;
  const limiter = dependencies.rateLimit ?? new RateLimiter(config.rateLimit);
  const app = new Hono();

  const readiness = dependencies.readiness ?? { draining: false };
  app.use('*', accessLog(logger, metrics));
  app.use('*', async (c, next) => {
    await next();
    // While draining, a keep-alive client learns with its answer that this connection ends.
    if (readiness.draining) c.header('Connection', 'close');
  });
  // Not overwriting lets /cqtt/* say that other origins may load the bundle.
  app.use('*', secureHeaders({ contentSecurityPolicy, crossOriginEmbedderPolicy: false, overwrite: false }));
  app.route('/', operationsRoutes(health, readiness, metrics));

  if (config.corsOrigins.length > 0) {
    // A portal on another origin imports the plugin from here (an ES module fetch is a CORS request).
    app.use('/cqtt/*', cors({ origin: (origin) => (config.corsOrigins.includes(origin) ? origin : null), allowMethods: ['GET'], maxAge: 600 }));
    app.use('/cqtt/*', async (c, next) => {
      await next();
      c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    });
    app.use(
      '/api/*',
      cors({
        origin: (origin) => (config.corsOrigins.includes(origin) ? origin : null),
        allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization', surveyTokenHeader, 'If-Match', 'If-None-Match', requestIdHeader],
        // `Date` lets the adapter date a 409 receipt and measure the server's clock across origins.
        exposeHeaders: ['Retry-After', 'Idempotent-Replayed', 'Date', 'WWW-Authenticate', 'ETag', 'Location', requestIdHeader],
        maxAge: 600,
      }),
    );
  }
  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const decision = await limiter.take(clientAddress(c, config.trustProxy), clock());
    if (!decision.allowed) {
      throw new ApiError(429, 'rate-limited', 'Quá nhiều yêu cầu; vui lòng thử lại sau. / Too many requests; try again later.', {
        headers: { 'Retry-After': String(decision.retryAfterSeconds) },
      });
    }
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: config.bodyLimitBytes,
      // The body was not read: the connection cannot carry another request, so say it closes.
      onError: (c) =>
        c.json(
          errorBody('payload-too-large', `Nội dung quá lớn (tối đa ${config.bodyLimitBytes} byte). / The body is larger than ${config.bodyLimitBytes} bytes.`),
          413,
          { Connection: 'close' },
        ),
    }),
  );

  app.route('/api/v1', apiRoutes(repository, clock, auth));
  app.all('/api/*', () => {
    throw new ApiError(404, 'not-found', 'Không có địa chỉ này trong API. / No such API endpoint.');
  });

  if (config.demoAuth) app.route('/demo', demoSignInRoutes(auth, clock));

  app.get('/cqtt/*', async (c) => {
    const file = await serveFile(c, config.bundleDir, c.req.path.slice('/cqtt/'.length));
    return file ?? c.notFound();
  });

  app.get('/*', async (c) => {
    const path = c.req.path.endsWith('/') ? `${c.req.path}index.html` : c.req.path;
    const file = await serveFile(c, config.demoDir, path.slice(1));
    return file ?? c.notFound();
  });

  app.onError((error, c: Context) => {
    if (error instanceof ApiError) return sendApiError(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(errorBody('invalid-request', 'Yêu cầu không hợp lệ. / Bad request.'), error.status);
    }
    logger?.error(`${error.name}${databaseCode(error)}`, { requestId: requestIdOf(c), method: c.req.method, route: routePatternOf(c) });
    // Class 22 (data exception: bad encoding, NUL, a date out of range) comes from what the client sent.
    if (sqlState(error)?.startsWith('22')) {
      return c.json(errorBody('invalid-request', 'Yêu cầu có giá trị không hợp lệ. / The request has an invalid value.'), 400);
    }
    return c.json(errorBody('internal', 'Lỗi máy chủ; vui lòng thử lại. / Server error; please try again.'), 500);
  });

  return app;
}
