import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { SignJWT } from 'jose';
import type { Instant } from '@cqtt/core';
import type { AuthSettings } from '../auth/config.js';
import { ConfigError } from '../config.js';

/** The demo's staff user: the one-stop desk of the town, who sees the town and every ward and department below it. */
export const demoStaff = {
  subject: 'demo.mot-cua.phuoc-long',
  name: 'Cán bộ một cửa thị xã Phước Long (demo)',
  agencyCodes: ['thi-xa-phuoc-long'],
  roles: ['mot-cua', 'lanh-dao'],
} as const;

/** The demo's administrator: the province's, who publishes the calendar and edits every agency's data. */
export const demoAdmin = {
  subject: 'demo.quan-tri.tinh',
  name: 'Quản trị viên dữ liệu cấp tỉnh (demo)',
  agencyCodes: ['*'],
  roles: ['quan-tri'],
} as const;

/** How long a demo staff token lasts; the demo pages sign in again when it runs out. */
export const demoTokenLifetimeS = 3600;

const demoIssuer = 'cqtt-demo';
const demoAudience = 'cqtt-api';
const keyVariables = ['CQTT_AUTH_ISSUER', 'CQTT_AUTH_AUDIENCE', 'CQTT_AUTH_JWKS_URL', 'CQTT_AUTH_PUBLIC_KEY', 'CQTT_AUTH_HMAC_SECRET', 'CQTT_SURVEY_TOKEN_SECRET'];

/**
 * The environment with the demo's access control: issuer `cqtt-demo`, audience `cqtt-api`, and fresh random HMAC
 * secrets for staff and survey tokens, made at every start and never written anywhere (a restart signs everyone
 * out and voids the survey tokens already issued).
 * @throws {ConfigError} when a key or issuer is configured too: the demo makes its own.
 */
export function demoAuthEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const given = keyVariables.filter((variable) => (env[variable] ?? '').trim() !== '');
  if (given.length > 0) {
    throw new ConfigError(given[0] ?? 'CQTT_DEMO_AUTH', `CQTT_DEMO_AUTH makes its own keys: unset ${given.join(', ')} or turn CQTT_DEMO_AUTH off.`);
  }
  return {
    ...env,
    CQTT_AUTH_ISSUER: demoIssuer,
    CQTT_AUTH_AUDIENCE: demoAudience,
    CQTT_AUTH_HMAC_SECRET: randomBytes(32).toString('base64url'),
    CQTT_SURVEY_TOKEN_SECRET: randomBytes(32).toString('base64url'),
  };
}

/**
 * `POST /demo/sign-in`: signs in the demo staff user with no password, answering
 * `{ token, expiresAt, user: { subject, name, agencyCodes, roles } }`; `?role=admin` signs in the demo
 * administrator instead, whose roles include the configured admin role. It stands in for the portal's login; the
 * settings must use an HMAC secret (as `demoAuthEnvironment` makes them).
 */
export function demoSignInRoutes(settings: AuthSettings, clock: () => Instant): Hono {
  const { staffKey } = settings;
  if (staffKey.kind !== 'hmac') throw new TypeError('The demo sign-in signs with an HMAC secret; the settings have none.');
  const routes = new Hono();
  routes.post('/sign-in', async (c) => {
    const role = c.req.query('role');
    if (role !== undefined && role !== 'admin') return c.json({ error: { code: 'invalid-request', message: 'role=admin hoặc không có. / role=admin or none.' } }, 400);
    const user = role === 'admin' ? { ...demoAdmin, roles: [...demoAdmin.roles, settings.adminRole] } : demoStaff;
    const nowS = Math.floor(clock() / 1000);
    const token = await new SignJWT({ [settings.agencyClaim]: [...user.agencyCodes], [settings.rolesClaim]: [...user.roles] })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setSubject(user.subject)
      .setIssuedAt(nowS)
      .setExpirationTime(nowS + demoTokenLifetimeS)
      .sign(staffKey.secret);
    c.header('Cache-Control', 'no-store');
    return c.json({ token, expiresAt: new Date((nowS + demoTokenLifetimeS) * 1000).toISOString(), user });
  });
  return routes;
}
