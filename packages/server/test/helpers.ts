import type { Catalog, Dossier, SurveyResponseWire } from '@cqtt/core';
import { fromVietnamDateTime } from '@cqtt/core';
import { loadConfig, type ServerConfig } from '@cqtt/server';

/** A configuration for tests: in memory, no seed, no rate limit unless asked. */
export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...loadConfig({ CQTT_DATA_DIR: 'memory://', CQTT_SEED: 'off', CQTT_RATE_LIMIT: '0', CQTT_PORT: '0' }), ...overrides };
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

/** A POST of a survey with an idempotency key (omitted when `key` is undefined). */
export function postInit(body: unknown, key: string | undefined, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key !== undefined && { 'Idempotency-Key': key }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}
