import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { ServerConfig } from './config.js';
import { serveFile } from './static-files.js';

/** The demo pages run with no inline script and no eval; every script comes from this origin. */
const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

/** Builds the HTTP application: the API under /api/v1, the in-browser module under /cqtt, the demo at /. */
export function createApp(config: ServerConfig, clock: () => number = Date.now): Hono {
  const app = new Hono();
  app.use('*', secureHeaders({ contentSecurityPolicy, crossOriginEmbedderPolicy: false }));

  app.get('/api/v1/time', (c) => {
    const now = clock();
    return c.json({ epochMs: now, iso: new Date(now).toISOString() });
  });

  app.get('/cqtt/*', async (c) => {
    const file = await serveFile(c, config.bundleDir, c.req.path.slice('/cqtt/'.length));
    return file ?? c.notFound();
  });

  app.get('/*', async (c) => {
    const path = c.req.path.endsWith('/') ? `${c.req.path}index.html` : c.req.path;
    const file = await serveFile(c, config.demoDir, path.slice(1));
    return file ?? c.notFound();
  });

  return app;
}
