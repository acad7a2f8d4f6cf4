import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { agencyCatalogCode, catalogSlug, defaultCatalog, loadCatalog, procedureCatalogCode, type Agency } from '@cqtt/core';

// The two appendices of Kế hoạch 190/KH-UBND, copied verbatim from the source plan (tab-separated rows).
const source = readFileSync(new URL('./plan-190-appendices.txt', import.meta.url), 'utf8');

interface Row {
  readonly appendix: 1 | 2;
  readonly number: number;
  readonly name: string;
  readonly model: string;
  readonly procedures: string;
}

const rows: Row[] = (() => {
  const result: Row[] = [];
  let appendix: 0 | 1 | 2 = 0;
  for (const line of source.split('\n')) {
    if (line.startsWith('PHỤ LỤC')) appendix = appendix === 0 ? 1 : 2;
    const cells = line.split('\t');
    if (appendix === 0 || cells.length !== 4 || !/^\d+$/.test(cells[0]!)) continue;
    result.push({ appendix, number: Number(cells[0]), name: cells[1]!, model: cells[2]!, procedures: cells[3]!.trim() });
  }
  return result;
})();

const town = defaultCatalog.agencies.find((agency) => agency.level === 'district')!;
const agencyNamed = (name: string): Agency => {
  const agency = defaultCatalog.agencies.find((a) => a.name === name);
  assert.ok(agency, `no agency named ${name}`);
  return agency;
};
const registrationsOf = (agency: Agency) => defaultCatalog.sameDay.filter((r) => r.agencyCode === agency.code);
const procedureOf = (code: string) => defaultCatalog.procedures.find((p) => p.code === code)!;

describe('the default catalog (the plan\'s appendices)', () => {
  it('reads 10 department rows and 7 ward/commune rows from the source', () => {
    assert.equal(rows.filter((r) => r.appendix === 1).length, 10);
    assert.equal(rows.filter((r) => r.appendix === 2).length, 7);
  });

  it('has the town as the district-level parent of every row\'s agency, and nothing else', () => {
    assert.equal(town.name, 'Thị xã Phước Long');
    assert.equal(defaultCatalog.agencies.length, 1 + rows.length);
    for (const row of rows) {
      const agency = agencyNamed(row.name);
      assert.equal(agency.parentCode, town.code);
      assert.equal(agency.level, row.appendix === 1 ? 'department' : row.name.startsWith('Xã') ? 'commune' : 'ward');
    }
  });

  it('marks exactly the rows "Không đăng ký" as not registered, as the appendix\'s note counts them', () => {
    const unregistered = rows.filter((r) => r.model.startsWith('Không đăng ký')).map((r) => r.name);
    assert.deepEqual(unregistered, ['Thanh tra thị xã', 'Phòng Văn hóa và Thông Tin', 'Phòng Kinh tế']);
    assert.match(source, /có 03 phòng không đăng ký mô hình “Chính quyền thân thiện” \(Thanh tra thị xã, Phòng Văn hóa và Thông Tin, Phòng Kinh tế\)/);
    for (const row of rows) assert.equal(agencyNamed(row.name).model.registered, !unregistered.includes(row.name), row.name);
  });

  it('keeps each row\'s model name and document as written in the row', () => {
    for (const row of rows) {
      const { model } = agencyNamed(row.name);
      if (model.name !== undefined) assert.ok(row.model.includes(`“${model.name}`), `${row.name}: ${model.name}`);
      if (model.document !== undefined) assert.ok(row.model.includes(`theo ${model.document}`), `${row.name}: ${model.document}`);
      const document = /theo ((?:Báo cáo|Công văn) số [^)]+)\)/.exec(row.model)?.[1];
      assert.equal(model.document, document, row.name);
    }
    assert.equal(agencyNamed('Phường Long Thủy').model.name, 'Nâng cao chất lượng phục vụ nhân dân tại bộ phận một cửa');
    assert.equal(agencyNamed('Phường Sơn Giang').model.name, '5 biết và 3 thể hiện');
    assert.equal(agencyNamed('Xã Long Giang').model.name, 'Chính quyền thân thiện 3 biết, 3 không');
    assert.equal(agencyNamed('Phòng Giáo dục và Đào tạo').model.name, 'Bốn tại chỗ');
    assert.equal(agencyNamed('Phòng Giáo dục và Đào tạo').model.description, 'Tiếp nhận, thẩm định, phê duyệt, trả kết quả');
    assert.equal(agencyNamed('Thanh tra thị xã').model.document, 'Báo cáo số 35/BC-TTr ngày 27/6/2023');
    assert.equal(agencyNamed('Phòng Nội vụ').model.document, undefined);
  });

  it('registers exactly the procedures each row lists, in the row\'s words and order', () => {
    for (const row of rows) {
      const written = registrationsOf(agencyNamed(row.name)).map((r) => r.asWritten!);
      // What is left of the row once its procedures are taken out is only the list's punctuation.
      let rest = row.procedures;
      for (const text of written) {
        const at = rest.indexOf(text);
        assert.ok(at >= 0, `${row.name}: "${text}" is not in the row, in order`);
        assert.match(rest.slice(0, at), /^(?:|- |, |\. - | và )$/, `${row.name}: before "${text}"`);
        rest = rest.slice(at + text.length);
      }
      assert.match(rest, /^\.?$/, `${row.name}: left over "${rest}"`);
    }
  });

  it('has no same-day procedure for the unregistered departments and Văn phòng HĐND&UBND', () => {
    for (const name of ['Thanh tra thị xã', 'Phòng Văn hóa và Thông Tin', 'Phòng Kinh tế', 'Văn phòng HĐND&UBND']) {
      assert.deepEqual(registrationsOf(agencyNamed(name)), [], name);
    }
    assert.equal(agencyNamed('Văn phòng HĐND&UBND').model.registered, true);
    assert.equal(defaultCatalog.sameDay.length, 8 + 22);
  });

  it('turns the rows into 19 same-day procedures with their fields, the 15:00 cut-off and one field entry', () => {
    assert.equal(defaultCatalog.procedures.length, 19);
    for (const procedure of defaultCatalog.procedures) {
      assert.deepEqual(procedure.timeLimit, { kind: 'same-day' });
      assert.equal(procedure.cutOff, '15:00');
    }
    const fieldEntries = defaultCatalog.procedures.filter((p) => p.kind === 'field');
    assert.deepEqual(fieldEntries.map((p) => [p.name, p.field]), [['Lĩnh vực hộ tịch', 'Hộ tịch']]);
    const fields = new Set(defaultCatalog.procedures.map((p) => p.field));
    assert.deepEqual([...fields].sort(), [
      'Chứng thực',
      'Giáo dục và Đào tạo',
      'Hộ tịch',
      'Lao động - Thương binh và Xã hội',
      'Thi đua - Khen thưởng',
      'Thành lập và hoạt động của hộ kinh doanh',
      'Xây dựng',
    ].sort());
    const byWard = (name: string) => registrationsOf(agencyNamed(name)).map((r) => procedureOf(r.procedureCode).name);
    assert.deepEqual(byWard('Phường Thác Mơ'), [
      'Đăng ký khai sinh',
      'Đăng ký khai tử',
      'Đăng ký kết hôn',
      'Xác nhận tình trạng hôn nhân',
      'Chứng thực sao y bản chính',
    ]);
    assert.equal(procedureOf(registrationsOf(agencyNamed('Phòng Tư Pháp'))[0]!.procedureCode).kind, 'field');
  });

  it('keeps the source\'s probable typos, with a note', () => {
    const typo = defaultCatalog.procedures.find((p) => p.name === 'Cấp bản sau lục hộ tịch');
    assert.ok(typo);
    assert.match(typo.note ?? '', /trích lục/);
    assert.ok(source.includes('cấp bản sau lục hộ tịch'));
    assert.match(defaultCatalog.procedures.find((p) => p.name === 'Chứng thực bản sau từ bản chính')?.note ?? '', /bản sao/);
  });

  it('turns the Friday rule on for the agencies with registered procedures only', () => {
    for (const agency of defaultCatalog.agencies) {
      assert.equal(agency.fridayRule, registrationsOf(agency).length > 0, agency.name);
    }
  });

  it('uses the documented code scheme: stable, no spaces', () => {
    for (const agency of defaultCatalog.agencies) assert.equal(agency.code, agencyCatalogCode(agency.name, agency.parentCode));
    for (const procedure of defaultCatalog.procedures) {
      const level = procedure.code.startsWith('cqtt:huyen:') ? 'huyen' : 'xa';
      assert.equal(procedure.code, procedureCatalogCode(level, procedure.name));
    }
    assert.equal(agencyNamed('Phường Long Thủy').code, 'thi-xa-phuoc-long/phuong-long-thuy');
    assert.equal(catalogSlug('Văn phòng HĐND&UBND'), 'van-phong-hdnd-ubnd');
    assert.equal(catalogSlug('  Đăng ký khai tử '.normalize('NFD')), 'dang-ky-khai-tu');
    assert.ok(defaultCatalog.procedures.some((p) => p.code === 'cqtt:xa:dang-ky-khai-sinh'));
  });

  it('is NFC Vietnamese and passes its own loader unchanged', () => {
    const text = JSON.stringify(defaultCatalog);
    assert.equal(text, text.normalize('NFC'));
    assert.deepEqual(loadCatalog(JSON.parse(text)), defaultCatalog);
  });
});
