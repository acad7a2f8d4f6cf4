import type { Context, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { apiErrorCodes, type Instant } from '@cqtt/core';
import { AuthError } from './auth-error.js';
import { canSeeAgency, type AgencyTree } from './agency-scope.js';
import type { AuthSettings } from './config.js';
import { verifyStaffToken, type StaffPrincipal } from './staff-token.js';

/** The Hono environment of routes behind `requireStaff`: `c.get('staff')` is the verified caller. */
export interface StaffEnv {
  Variables: { staff: StaffPrincipal };
}

const realm = 'Bearer realm="cqtt"';

function errorJson(code: string, vi: string, en: string): { error: { code: string; message: string } } {
  return { error: { code, message: `${vi} / ${en}` } };
}

/**
 * Answers an `AuthError` with its status and the API's error envelope `{ "error": { "code", "message" } }`
 * (message Vietnamese / English). A 401 carries `WWW-Authenticate: Bearer` (RFC 6750, with
 * `error="invalid_token"` when a token was sent); a 503 carries `Retry-After`.
 */
export function authErrorResponse(c: Context, error: AuthError): Response {
  if (error.status === 401) {
    c.header('WWW-Authenticate', error.code === 'missing-token' ? realm : `${realm}, error="invalid_token"`);
  }
  if (error.status === 503) c.header('Retry-After', '30');
  c.header('Cache-Control', 'no-store');
  return c.json(errorJson(error.code, error.message, error.messageEn), error.status);
}

/**
 * Middleware for every route that returns dossiers, reports or survey details: verifies the staff token of the
 * `Authorization` header at the server's `clock` and puts the principal in `c.get('staff')`, or answers 401/403/503
 * (see `verifyStaffToken`) before the handler, and so before any database read.
 */
export function requireStaff(settings: AuthSettings, clock: () => Instant = Date.now): MiddlewareHandler<StaffEnv> {
  return createMiddleware<StaffEnv>(async (c, next) => {
    let principal: StaffPrincipal;
    try {
      principal = await verifyStaffToken(c.req.header('Authorization'), settings, clock());
    } catch (error) {
      if (error instanceof AuthError) return authErrorResponse(c, error);
      throw error;
    }
    c.set('staff', principal);
    await next();
  });
}

/**
 * For a route that names an agency in its request (`/reports?agencyCode=…`, `/dossiers?agencyCode=…`): the 403
 * to send when the caller may not see that agency, or undefined to go on. Call it before reading the database.
 * Agency codes are public (the catalog), so this 403 reveals nothing about any dossier.
 */
export function forbiddenAgency(c: Context<StaffEnv>, agencyCode: string, agencyTree?: AgencyTree): Response | undefined {
  if (canSeeAgency(c.get('staff'), agencyCode, agencyTree)) return undefined;
  return authErrorResponse(c, new AuthError('forbidden-agency'));
}

/**
 * A record the caller may see, or undefined both when it is missing and when it belongs to an agency outside the
 * caller's scope, so a handler answers both the same way with `dossierNotFound`.
 */
export function visibleTo<T extends { readonly agencyCode: string }>(principal: StaffPrincipal, record: T | undefined, agencyTree?: AgencyTree): T | undefined {
  return record !== undefined && canSeeAgency(principal, record.agencyCode, agencyTree) ? record : undefined;
}

/**
 * The one answer for a dossier that does not exist **or** belongs to another agency: 404 `not-found` with the
 * API's message for a missing dossier, byte for byte the same, so a token of one ward cannot probe another ward's
 * dossier ids.
 */
export function dossierNotFound(c: Context): Response {
  c.header('Cache-Control', 'no-store');
  return c.json(errorJson(apiErrorCodes.notFound, 'Không tìm thấy hồ sơ.', 'No such dossier.'), 404);
}
