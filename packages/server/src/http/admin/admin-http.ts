import type { Context, MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { apiErrorCodes, type Instant } from '@cqtt/core';
import { adminErrorCodes, checkAdminInput, etagOf, versionOfEtag } from '@cqtt/core/admin';
import type * as v from 'valibot';
import { agencyScopeOf, canSeeAgency, everyAgency, type AgencyTree } from '../../auth/agency-scope.js';
import type { AuthSettings } from '../../auth/config.js';
import { requireStaff, type StaffEnv } from '../../auth/middleware.js';
import type { AdminActor, ScopeCodes, WriteOutcome } from '../../admin-repository-types.js';
import { ApiError, invalidRequest, type FieldProblem } from '../errors.js';

/**
 * Staff token first (401/403/503 as on every staff route), then the admin role in the roles claim: 403
 * `forbidden` without it. Nothing is read before both pass.
 */
export function requireAdmin(auth: AuthSettings, clock: () => Instant): MiddlewareHandler<StaffEnv>[] {
  const role = createMiddleware<StaffEnv>(async (c, next) => {
    if (!c.get('staff').roles.includes(auth.adminRole)) throw forbidden();
    await next();
  });
  return [requireStaff(auth, clock), role];
}

export function forbidden(): ApiError {
  return new ApiError(403, 'forbidden', 'Tài khoản không có quyền quản trị dữ liệu này. / This account may not administer this data.');
}

export function notFound(): ApiError {
  return new ApiError(404, apiErrorCodes.notFound, 'Không tìm thấy. / Not found.');
}

/** 403 unless the caller's agency scope covers `agencyCode` (`*` only for a province administrator). */
export function assertScope(c: Context<StaffEnv>, agencyCode: string, tree: AgencyTree): void {
  const granted = agencyCode === everyAgency ? c.get('staff').agencyCodes.includes(everyAgency) : canSeeAgency(c.get('staff'), agencyCode, tree);
  if (!granted) throw forbidden();
}

/** The codes a caller may see, undefined for the province (`*`). */
export function scopeCodes(c: Context<StaffEnv>, tree: AgencyTree): ScopeCodes {
  const scope = agencyScopeOf(c.get('staff'), tree);
  return scope.all ? undefined : scope.agencyCodes;
}

export function actorOf(c: Context<StaffEnv>, clock: () => Instant): AdminActor {
  return { subject: c.get('staff').subject, at: clock() };
}

/** The version of `If-Match`: 428 when it is missing; a value that names no version matches nothing. */
export function expectedVersion(c: Context): string {
  const header = c.req.header('If-Match');
  if (header === undefined || header.trim() === '') {
    throw new ApiError(428, adminErrorCodes.preconditionRequired, 'Cần tiêu đề If-Match với phiên bản đã đọc. / If-Match with the version read is required.');
  }
  return versionOfEtag(header) ?? 'none';
}

/** The JSON body checked against `schema`: 400 with every bad field's path. */
export async function bodyOf<S extends v.GenericSchema>(c: Context, schema: S): Promise<v.InferOutput<S>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw invalidRequest([{ path: '$', message: 'Nội dung không phải JSON. / The body is not JSON.' }]);
  }
  const checked = checkAdminInput(schema, json);
  if (!checked.ok) throw invalidRequest(checked.problems);
  return checked.value;
}

/** 400 for problems found beyond the schema (a date outside the year, an unknown procedure). */
export function refuse(problems: readonly FieldProblem[]): void {
  if (problems.length > 0) throw invalidRequest(problems);
}

/** A resource with its version as `ETag`. */
export function sendVersioned(c: Context, value: { readonly version: string }, status: 200 | 201 = 200): Response {
  c.header('ETag', etagOf(value.version));
  return c.json(value, status);
}

/** The answer to a versioned write: the new value, 412 with the current one, or 404. */
export function sendOutcome<T extends { readonly version: string }>(c: Context, outcome: WriteOutcome<T>, noContent = false): Response {
  if (outcome.kind === 'missing') throw notFound();
  if (outcome.kind === 'conflict') {
    c.header('ETag', etagOf(outcome.current.version));
    return c.json(
      {
        error: { code: adminErrorCodes.preconditionFailed, message: 'Dữ liệu đã bị người khác thay đổi sau khi Ông/Bà mở. / Someone else changed this since it was read.' },
        current: outcome.current,
      },
      412,
    );
  }
  if (noContent) return c.body(null, 204);
  return sendVersioned(c, outcome.value);
}
