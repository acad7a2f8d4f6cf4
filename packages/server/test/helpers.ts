import { createHmac } from 'node:crypto';
import type { Catalog, Dossier, SurveyResponseWire } from '@cqtt/core';
import { fromVietnamDateTime } from '@cqtt/core';
import { createLogger, jsonLineSink, loadAuthSettings, loadConfig, surveyTokenAudience, surveyTokenHeader, type Logger, type ServerConfig } from '@cqtt/server';

/** A configuration for tests: in memory, no seed, no rate limit unless asked. */
export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...loadConfig({ CQTT_DATA_DIR: 'memory://', CQTT_SEED: 'off', CQTT_RATE_LIMIT: '0', CQTT_PORT: '0' }), ...overrides };
}

/** A logger writing into `lines` the JSON lines the server writes to its output. */
export function lineLogger(lines: string[]): Logger {
  return createLogger(jsonLineSink((line) => lines.push(line)));
}

/** The access-control settings of the test servers: HMAC-signed staff tokens, as a portal may configure them. */
export const testAuthEnv = {
  CQTT_AUTH_ISSUER: 'https://sso.dichvucong.test.gov.vn',
  CQTT_AUTH_AUDIENCE: 'cqtt-api',
  CQTT_AUTH_HMAC_SECRET: 'test-staff-secret-0123456789-abcdefghijklmnop',
  CQTT_SURVEY_TOKEN_SECRET: 'test-survey-secret-0123456789-abcdefghijklmnop',
  // The test tokens run from 2026 to 2100 so that every test clock accepts them; the lifetime check has its own tests.
  CQTT_AUTH_MAX_TOKEN_AGE_S: '0',
} as const;
export const testAuth = loadAuthSettings(testAuthEnv);

/** 1 Jan 2026 and 1 Jan 2100, in seconds: test tokens valid for every clock the tests use. */
const longAgoS = 1_767_225_600;
const farFutureS = 4_102_444_800;

/** A compact HS256 JWS, signed synchronously (as any portal may, without a JWT library). */
export function hs256(secret: string, payload: Readonly<Record<string, unknown>>): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** An `Authorization` header value with a staff token of the test portal for `agencyCodes` (`*`: every agency). */
export function staffAuthorization(agencyCodes: readonly string[] = ['*'], claims: Readonly<Record<string, unknown>> = {}): string {
  return `Bearer ${hs256(testAuthEnv.CQTT_AUTH_HMAC_SECRET, {
    iss: testAuthEnv.CQTT_AUTH_ISSUER,
    aud: testAuthEnv.CQTT_AUTH_AUDIENCE,
    sub: 'canbo.test',
    iat: longAgoS,
    exp: farFutureS,
    agency: agencyCodes,
    ...claims,
  })}`;
}

/** A GET as a staff user of `agencyCodes`. */
export function asStaff(agencyCodes: readonly string[] = ['*']): RequestInit {
  return { headers: { Authorization: staffAuthorization(agencyCodes) } };
}

/** A survey token of the test server for `dossierId`, valid from 2026 to 2100 unless `claims` say otherwise. */
export function surveyTokenOf(dossierId: string, claims: Readonly<Record<string, unknown>> = {}): string {
  return hs256(testAuthEnv.CQTT_SURVEY_TOKEN_SECRET, { sub: dossierId, aud: surveyTokenAudience, iat: longAgoS, exp: farFutureS, jti: `t-${dossierId}`, ...claims });
}

/** Vietnam wall-clock time as an instant. */
export const vn = (date: string, time = '00:00'): number => fromVietnamDateTime(date, time);

/** Two agencies (a ward with the Friday rule, a department without), three procedures, two same-day registrations. */
export const tinyCatalog: Catalog = {
  agencies: [
    {
      code: 'phuoc-long/phuong-thac-mo',
      name: 'UBND phường Thác Mơ',
      level: 'ward',
      model: { registered: true, name: 'Chính quyền thân thiện' },
      fridayRule: true,
    },
    { code: 'phuoc-long/phong-tu-phap', name: 'Phòng Tư pháp', level: 'department', model: { registered: false }, fridayRule: false },
  ],
  procedures: [
    { code: '1.001193.000.00.00.H10', name: 'Đăng ký khai sinh', kind: 'procedure', field: 'Hộ tịch', timeLimit: { kind: 'same-day' }, cutOff: '15:00' },
    { code: '2.000815.000.00.00.H10', name: 'Chứng thực bản sao từ bản chính', kind: 'procedure', field: 'Chứng thực', timeLimit: { kind: 'same-day' } },
    { code: '1.004946.000.00.00.H10', name: 'Cấp bản sao trích lục hộ tịch', kind: 'procedure', timeLimit: { kind: 'working-days', days: 3 } },
  ],
  sameDay: [
    { agencyCode: 'phuoc-long/phuong-thac-mo', procedureCode: '1.001193.000.00.00.H10' },
    { agencyCode: 'phuoc-long/phuong-thac-mo', procedureCode: '2.000815.000.00.00.H10' },
  ],
};

/** A dossier of the ward's birth registration, received Monday 23/11/2026 09:00, with the given result. */
export function dossier(id: string, fields: { [K in keyof Dossier]?: Dossier[K] | undefined } = {}): Dossier {
  const merged: Record<string, unknown> = {
    id,
    procedureCode: '1.001193.000.00.00.H10',
    agencyCode: 'phuoc-long/phuong-thac-mo',
    status: 'returned',
    receivedAt: vn('2026-11-23', '09:00'),
    appointmentAt: vn('2026-11-23', '17:00'),
    resolvedAt: vn('2026-11-23', '10:00'),
    returnedAt: vn('2026-11-23', '10:30'),
    closedAt: vn('2026-11-23', '10:35'),
    ...fields,
  };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)) as unknown as Dossier;
}

/** A valid survey body on the wire. */
export function surveyBody(dossierId: string, fields: Partial<SurveyResponseWire> = {}): SurveyResponseWire {
  return {
    dossierId,
    level: 5,
    shortcomings: [],
    praise: ['xin-chao', 'luon-mim-cuoi'],
    callbackConsent: false,
    votedAt: '2026-11-27T15:30:00+07:00',
    ...fields,
  };
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function dossierIdOf(body: unknown): unknown {
  return typeof body === 'object' && body !== null ? (body as { dossierId?: unknown }).dossierId : undefined;
}

/**
 * A POST of a survey with an idempotency key (omitted when `key` is undefined) and, unless `headers` set one, the
 * survey token of the body's dossier.
 */
export function postInit(body: unknown, key: string | undefined, headers: Record<string, string> = {}): RequestInit {
  const dossierId = dossierIdOf(typeof body === 'string' ? parsedOrUndefined(body) : body);
  const token = typeof dossierId === 'string' ? { [surveyTokenHeader]: surveyTokenOf(dossierId) } : {};
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...token, ...(key !== undefined && { 'Idempotency-Key': key }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}
