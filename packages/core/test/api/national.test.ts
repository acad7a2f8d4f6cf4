import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  classifyTimeliness,
  ContractError,
  formatVietnamDateTime,
  mapNationalDossier,
  mapNationalDossiers,
  NationalPortalMapper,
  nationalPortalMapper,
  nationalStatusOf,
  parseNationalDateTime,
  parseOffsetDateTime,
} from '@cqtt/core';

const raw = {
  MaHoSo: 'H25.55-261127-0001',
  MaTTHC: '1.000804.000.00.00.H25',
  TenTTHC: 'Thủ tục đăng ký khai sinh',
  MaLinhVuc: 'HT',
  ChuHoSo: 'Trần Thị B',
  NgayTiepNhan: '20261127153000',
  NgayHenTra: '20261127170000',
  NgayTra: null,
  NgayKetThucXuLy: '',
  TrangThaiHoSo: 4,
  DonViXuLy: 'UBND-PHUONG-LONG-PHUOC',
};

describe('national-portal dates (yyyyMMddHHmmss, Vietnam time)', () => {
  it('reads Vietnam wall-clock time without the host zone', () => {
    assert.equal(parseNationalDateTime('20261127153000'), Date.UTC(2026, 10, 27, 8, 30));
    assert.equal(parseNationalDateTime('20260101000000'), Date.UTC(2025, 11, 31, 17, 0));
    assert.equal(parseNationalDateTime('20240229235959'), Date.UTC(2024, 1, 29, 16, 59, 59));
  });

  it('rejects impossible or foreign shapes', () => {
    for (const text of ['20260231120000', '2026-11-27', '', '20261127240000', '20261127126000', '20261327120000', '2026112712300', '202611271230000', '２0261127123000']) {
      assert.equal(parseNationalDateTime(text), undefined, text);
    }
  });

  it('agrees with the ISO reading for every real date-time (fuzz)', () => {
    const dateTime = fc.record({
      year: fc.integer({ min: 1900, max: 2199 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
    });
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(dateTime, ({ year, month, day, hour, minute, second }) => {
        const national = `${pad(year, 4)}${pad(month)}${pad(day)}${pad(hour)}${pad(minute)}${pad(second)}`;
        const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+07:00`;
        const instant = parseNationalDateTime(national);
        assert.equal(instant, parseOffsetDateTime(iso));
        const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
        assert.equal(instant === undefined, day > daysInMonth);
        if (instant !== undefined) assert.equal(formatVietnamDateTime(instant), iso.replace('+07:00', '.000+07:00'));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any string (fuzz)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{14}$/)), (text) => {
        const instant = parseNationalDateTime(text);
        assert.ok(instant === undefined || Number.isFinite(instant));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('national-portal statuses', () => {
  it('maps TrangThaiHoSo 1-10, as numbers or numeric strings', () => {
    assert.equal(nationalStatusOf(1), 'registered');
    assert.equal(nationalStatusOf('4'), 'processing');
    assert.equal(nationalStatusOf(9), 'resolved');
    assert.equal(nationalStatusOf('10'), 'returned');
    for (const code of [0, 11, -1, 4.5, '', 'x', '04 ', '1e1', Number.NaN]) assert.equal(nationalStatusOf(code), undefined, String(code));
  });

  it("reads a site's own status table over the default one", () => {
    const statuses = { 9: 'returned', 10: 'resolved', 11: 'processing' } as const;
    assert.equal(nationalStatusOf(9, statuses), 'returned');
    assert.equal(nationalStatusOf('11', statuses), 'processing');
    assert.equal(nationalStatusOf(4, statuses), 'processing');
    assert.equal(nationalStatusOf(12, statuses), undefined);
    const mapper = nationalPortalMapper({ statuses });
    assert.equal(mapper.dossier({ ...raw, TrangThaiHoSo: 11 }).status, 'processing');
    assert.equal(mapper.dossiers([{ ...raw, TrangThaiHoSo: '10' }])[0]?.status, 'resolved');
    assert.throws(() => mapper.dossier({ ...raw, TrangThaiHoSo: 12 }), (error: unknown) => error instanceof ContractError && error.path === '$.TrangThaiHoSo');
  });

  it('refuses a status table that maps to an unknown status', () => {
    assert.throws(() => nationalPortalMapper({ statuses: { 4: 'lost' as never } }), RangeError);
    assert.throws(() => nationalPortalMapper({ statuses: { 0: 'processing' } }), RangeError);
  });
});

describe('mapNationalDossier', () => {
  function contractErrorAt(path: string) {
    return (error: unknown) => error instanceof ContractError && error.path === path;
  }

  it('maps the national fields to our dossier; an empty, null or absent date is "not yet"', () => {
    for (const notYet of [undefined, null, '']) assert.equal(mapNationalDossier({ ...raw, NgayKetThucXuLy: notYet }).closedAt, undefined);
    assert.deepEqual(mapNationalDossier(raw), {
      id: 'H25.55-261127-0001',
      procedureCode: '1.000804.000.00.00.H25',
      agencyCode: 'UBND-PHUONG-LONG-PHUOC',
      status: 'processing',
      receivedAt: Date.UTC(2026, 10, 27, 8, 30),
      appointmentAt: Date.UTC(2026, 10, 27, 10, 0),
      applicantName: 'Trần Thị B',
      procedureName: 'Thủ tục đăng ký khai sinh',
      fieldCode: 'HT',
    });
  });

  it('maps returned and finished dates; NgayKetThucXuLy is when the office finished (resolved) and closed it', () => {
    const dossier = NationalPortalMapper.dossier({ ...raw, TrangThaiHoSo: '10', NgayTra: '20261127163000', NgayKetThucXuLy: '20261127162000' });
    assert.equal(dossier.status, 'returned');
    assert.equal(dossier.returnedAt, Date.UTC(2026, 10, 27, 9, 30));
    assert.equal(dossier.resolvedAt, Date.UTC(2026, 10, 27, 9, 20));
    assert.equal(dossier.closedAt, Date.UTC(2026, 10, 27, 9, 20));
  });

  it('judges timeliness as the portal does: date(NgayKetThucXuLy) <= date(NgayHenTra), whenever the citizen collects', () => {
    const finished = { ...raw, NgayTiepNhan: '20261124080000', NgayHenTra: '20261127170000', NgayKetThucXuLy: '20261126160000' };
    const collectedLater = mapNationalDossier({ ...finished, TrangThaiHoSo: 10, NgayTra: '20261201090000' });
    assert.equal(classifyTimeliness(collectedLater), 'early');
    const notCollected = mapNationalDossier({ ...finished, TrangThaiHoSo: 9 });
    assert.equal(classifyTimeliness(notCollected), 'early');
    const sameDay = mapNationalDossier({ ...finished, TrangThaiHoSo: 9, NgayKetThucXuLy: '20261127234500' });
    assert.equal(classifyTimeliness(sameDay), 'on-time');
    const late = mapNationalDossier({ ...finished, TrangThaiHoSo: 9, NgayKetThucXuLy: '20261128000500' });
    assert.equal(classifyTimeliness(late), 'late');
  });

  it('turns an unknown status or a bad date into a ContractError naming the field', () => {
    assert.throws(() => mapNationalDossier({ ...raw, NgayKetThucXuLy: null, TrangThaiHoSo: 11 }), contractErrorAt('$.TrangThaiHoSo'));
    assert.throws(() => mapNationalDossier({ ...raw, NgayKetThucXuLy: null, NgayTiepNhan: '20260231120000' }), contractErrorAt('$.NgayTiepNhan'));
    assert.throws(() => mapNationalDossier({ ...raw, NgayKetThucXuLy: null, NgayHenTra: '2026-11-27' }), contractErrorAt('$.NgayHenTra'));
    assert.throws(() => mapNationalDossier({ ...raw, NgayKetThucXuLy: ' ' }), contractErrorAt('$.NgayKetThucXuLy'));
    assert.throws(() => mapNationalDossier({ ...raw, NgayTiepNhan: '' }), contractErrorAt('$.NgayTiepNhan'));
    assert.throws(() => mapNationalDossiers([{ ...raw, NgayKetThucXuLy: null }, { ...raw, MaHoSo: 7 }]), contractErrorAt('$[1].MaHoSo'));
  });

  it('never crashes on arbitrary input: a dossier or a ContractError (fuzz)', () => {
    const field = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.stringMatching(/^\d{14}$/), fc.object());
    const dossierLike = fc.record(
      {
        MaHoSo: field,
        MaTTHC: field,
        TenTTHC: field,
        ChuHoSo: field,
        NgayTiepNhan: field,
        NgayHenTra: field,
        NgayTra: field,
        NgayKetThucXuLy: field,
        TrangThaiHoSo: fc.oneof(field, fc.integer({ min: 1, max: 10 })),
        DonViXuLy: field,
        ['__proto__']: fc.object(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(dossierLike, fc.anything()), (input) => {
        try {
          const dossier = mapNationalDossier(input);
          assert.equal(typeof dossier.id, 'string');
          assert.ok(Number.isFinite(dossier.receivedAt));
        } catch (error) {
          assert.ok(error instanceof ContractError, String(error));
          assert.match(error.path, /^\$/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
