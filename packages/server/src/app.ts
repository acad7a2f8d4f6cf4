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
import { RateLimiter } from './http/rate-limit.js';
import { redactText } from './privacy/redact.js';
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
  /** Where error and access lines go, redacted (no phone numbers, no tokens); silent when absent. */
  readonly log?: (line: string) => void;
}

function databaseCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? ` (SQLSTATE ${code})` : '';
}

/**
 * Builds the HTTP application: the API under /api/v1, the in-browser module under /cqtt, the demo at /.
 * Every response carries the security headers; the API answers errors in its JSON envelope, never with a stack.
 */
export function createApp(config: ServerConfig, dependencies: AppDependencies): Hono {
  const { repository, auth, clock = Date.now } = dependencies;
  const sink = dependencies.log;
  const log = sink && ((line: string) => sink(redactText(line)));
  const limiter = new RateLimiter(config.rateLimit);
  const app = new Hono();

  app.use('*', secureHeaders({ contentSecurityPolicy, crossOriginEmbedderPolicy: false }));
  if (log) {
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      log(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
    });
  }

  if (config.corsOrigins.length > 0) {
    app.use(
      '/api/*',
      cors({
        origin: (origin) => (config.corsOrigins.includes(origin) ? origin : null),
        allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization', surveyTokenHeader, 'If-Match', 'If-None-Match'],
        // `Date` lets the adapter date a 409 receipt and measure the server's clock across origins.
        exposeHeaders: ['Retry-After', 'Idempotent-Replayed', 'Date', 'WWW-Authenticate', 'ETag', 'Location'],
        maxAge: 600,
      }),
    );
  }
  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const decision = limiter.take(clientAddress(c, config.trustProxy), clock());
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
      onError: (c) =>
        c.json(
          errorBody('payload-too-large', `Nội dung quá lớn (tối đa ${config.bodyLimitBytes} byte). / The body is larger than ${config.bodyLimitBytes} bytes.`),
          413,
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
    log?.(`error ${c.req.method} ${c.req.routePath}: ${error.name}${databaseCode(error)}`);
    return c.json(errorBody('internal', 'Lỗi máy chủ; vui lòng thử lại. / Server error; please try again.'), 500);
  });

  return app;
}
