import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  classifyTimeliness,
  completedAt,
  isFridayReceived,
  isFridayReturned,
  isResolvedNotClosed,
  isSameDayResolved,
  type Dossier,
} from '@cqtt/core';
import { vn } from './helpers.js';

const dossier = (fields: Partial<Dossier>): Dossier => ({
  id: 'HS-1',
  procedureCode: 'cqtt:xa:dang-ky-khai-tu',
  agencyCode: 'thi-xa-phuoc-long/phuong-son-giang',
  status: 'resolved',
  receivedAt: vn('2026-11-23', '09:00'),
  appointmentAt: vn('2026-11-23', '17:00'),
  ...fields,
});

describe('report rules', () => {
  it('classify timeliness by Vietnam calendar date, whatever the hour', () => {
    assert.equal(classifyTimeliness(dossier({ resolvedAt: vn('2026-11-22', '16:00') })), 'early');
    assert.equal(classifyTimeliness(dossier({ resolvedAt: vn('2026-11-23', '17:40') })), 'on-time');
    assert.equal(classifyTimeliness(dossier({ resolvedAt: vn('2026-11-23', '23:59') })), 'on-time');
    assert.equal(classifyTimeliness(dossier({ resolvedAt: vn('2026-11-24', '00:01') })), 'late');
    assert.equal(classifyTimeliness(dossier({ status: 'processing' })), undefined);
    const withoutAppointment: Dossier = { id: 'HS-2', procedureCode: 'p', agencyCode: 'a', status: 'resolved', receivedAt: vn('2026-11-23', '09:00'), resolvedAt: vn('2026-11-23', '10:00') };
    assert.equal(classifyTimeliness(withoutAppointment), undefined);
  });

  it('count the office\'s finish, the earlier of resolved and returned', () => {
    const collectedLater = dossier({ resolvedAt: vn('2026-11-23', '16:00'), returnedAt: vn('2026-11-25', '08:00') });
    assert.equal(completedAt(collectedLater), vn('2026-11-23', '16:00'));
    assert.equal(classifyTimeliness(collectedLater), 'on-time');
    assert.equal(completedAt(dossier({ returnedAt: vn('2026-11-23', '16:30') })), vn('2026-11-23', '16:30'));
    assert.equal(completedAt(dossier({ resolvedAt: vn('2026-11-23', '16:00'), returnedAt: vn('2026-11-23', '15:00') })), vn('2026-11-23', '15:00'));
  });

  it('find same-day resolution on the Vietnam date of receipt', () => {
    assert.equal(isSameDayResolved(dossier({ resolvedAt: vn('2026-11-23', '16:59') })), true);
    assert.equal(isSameDayResolved(dossier({ resolvedAt: vn('2026-11-24', '07:30') })), false);
    assert.equal(isSameDayResolved(dossier({})), false);
  });

  it('count Friday receipts by weekday, and those returned that Friday', () => {
    const friday = dossier({ receivedAt: vn('2026-11-27', '16:30'), returnedAt: vn('2026-11-27', '17:05') });
    assert.equal(isFridayReceived(friday), true);
    assert.equal(isFridayReturned(friday), true);
    assert.equal(isFridayReturned({ ...friday, returnedAt: vn('2026-11-30', '08:00') }), false);
    assert.equal(isFridayReceived(dossier({ receivedAt: vn('2026-05-01', '08:00') })), true);
    assert.equal(isFridayReceived(dossier({ receivedAt: vn('2026-11-28', '06:59') })), false);
    assert.equal(isFridayReceived(dossier({ receivedAt: vn('2026-11-27', '00:30') })), true);
  });

  it('find finished dossiers not closed after the grace period', () => {
    const resolved = dossier({ resolvedAt: vn('2026-11-23', '10:00') });
    assert.equal(isResolvedNotClosed(resolved, vn('2026-11-23', '10:30')), false);
    assert.equal(isResolvedNotClosed(resolved, vn('2026-11-23', '10:31')), true);
    assert.equal(isResolvedNotClosed(resolved, vn('2026-11-23', '10:31'), 60), false);
    assert.equal(isResolvedNotClosed({ ...resolved, closedAt: vn('2026-11-23', '10:05') }, vn('2026-11-24')), false);
    assert.equal(isResolvedNotClosed(dossier({ status: 'processing' }), vn('2026-11-24')), false);
  });
});
