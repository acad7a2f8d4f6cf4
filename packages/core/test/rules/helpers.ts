import assert from 'node:assert/strict';
import { fromVietnamDateTime, toVietnamDateTime, type Agency, type Instant, type Procedure } from '@cqtt/core';

/** An instant from a Vietnam wall-clock date and time. */
export const vn = (date: string, time = '00:00'): Instant => fromVietnamDateTime(date, time);

/** An instant shown as `YYYY-MM-DD HH:mm` in Vietnam time, for readable assertions. */
export const show = (instant: Instant | undefined): string | undefined => {
  if (instant === undefined) return undefined;
  const local = toVietnamDateTime(instant);
  return `${local.date} ${local.time}`;
};

export const sameDayProcedure: Procedure = {
  code: 'cqtt:xa:dang-ky-khai-tu',
  name: 'Đăng ký khai tử',
  kind: 'procedure',
  field: 'Hộ tịch',
  timeLimit: { kind: 'same-day' },
  cutOff: '15:00',
};

export const ward: Agency = {
  code: 'thi-xa-phuoc-long/phuong-son-giang',
  name: 'Phường Sơn Giang',
  level: 'ward',
  model: { registered: true, name: '5 biết và 3 thể hiện' },
  fridayRule: true,
};

/** Asserts that `run` throws an error of `type` whose fields include `fields`. */
export function assertThrows(run: () => unknown, type: abstract new (...args: never[]) => Error, fields: Record<string, unknown>): void {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof type, `threw ${String(error)}`);
    for (const [key, value] of Object.entries(fields)) assert.equal((error as unknown as Record<string, unknown>)[key], value, key);
    return true;
  });
}
