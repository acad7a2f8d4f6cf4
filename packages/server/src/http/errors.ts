import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { apiErrorCodes } from '@cqtt/core';

/** One bad field of a request, JSONPath style (`$.level`, `$.shortcomings[1]`, `from`). */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** The API's error envelope: `{ "error": { "code", "message", "fields"? } }`, plus extra top-level members. */
export interface ErrorEnvelope {
  readonly error: { readonly code: string; readonly message: string; readonly fields?: readonly FieldProblem[] };
  readonly [extra: string]: unknown;
}

/**
 * A request the API refuses, with the HTTP status and the stable `code` clients branch on. The message is
 * Vietnamese first, then English; it never carries internals (no stack, no SQL, no personal data).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly fields?: readonly FieldProblem[];
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    options: { fields?: readonly FieldProblem[]; headers?: Readonly<Record<string, string>> } = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    if (options.fields) this.fields = options.fields;
    this.headers = options.headers ?? {};
  }
}

/** The envelope of an error, with optional extra members (such as the existing survey of a 409). */
export function errorBody(code: string, message: string, fields?: readonly FieldProblem[], extra: Record<string, unknown> = {}): ErrorEnvelope {
  return { error: { code, message, ...(fields && fields.length > 0 && { fields }) }, ...extra };
}

/** Sends an `ApiError` as JSON with its status and headers. */
export function sendApiError(c: Context, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json(errorBody(error.code, error.message, error.fields), error.status);
}

/** Raised for a request body that is not JSON or breaks the contract. */
export function invalidRequest(fields: readonly FieldProblem[]): ApiError {
  return new ApiError(400, apiErrorCodes.invalidRequest, 'Yêu cầu có trường không hợp lệ. / The request has invalid fields.', { fields });
}

/** The one answer for a dossier that is missing **or** outside the caller's agencies, so ids cannot be probed. */
export function dossierNotFound(): ApiError {
  return new ApiError(404, apiErrorCodes.notFound, 'Không tìm thấy hồ sơ. / No such dossier.');
}
