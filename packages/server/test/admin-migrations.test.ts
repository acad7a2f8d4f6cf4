import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { migrate, migrations, SqlRepository } from '@cqtt/server';
import { openTestDatabase } from './test-database.js';

describe('migrating a database of before issue 16', () => {
  it('numbers every migration once: two with one id would leave one of them never applied', () => {
    const ids = migrations.map((migration) => migration.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate migration ids: ${ids.join(', ')}`);
  });

  it('keeps the same-day registrations (valid from the plan\'s 8/8/2023) and the messages (province-wide, every screen)', async () => {
    const old = migrations.filter((migration) => migration.id <= 4);
    const db = await openTestDatabase(old);
    await db.exec(`
      insert into agencies (code, position, data) values ('xa-a', 0, '{"code":"xa-a"}');
      insert into procedures (code, position, data) values ('1.001', 0, '{"code":"1.001"}');
      insert into same_day (agency_code, procedure_code, position, data)
        values ('xa-a', '1.001', 0, '{"agencyCode":"xa-a","procedureCode":"1.001","asWritten":"Đăng ký khai sinh"}');
      insert into messages (id, position, kind, text_vi, text_en) values ('slogan-1', 0, 'slogan', 'Vì nhân dân phục vụ', 'Serving the people');`);
    assert.deepEqual(await migrate(db, migrations), migrations.filter((migration) => migration.id > 4).map((migration) => migration.id));
    const repository = new SqlRepository(db);
    try {
      const [registration] = await repository.admin.registrations({ scope: undefined });
      assert.equal(registration?.from, '2023-08-08');
      assert.equal(registration?.to, undefined);
      assert.equal(registration?.document, 'Kế hoạch số 190/KH-UBND ngày 8/8/2023');
      assert.match(registration?.id ?? '', /^sd-[0-9a-f]{16}$/);
      assert.deepEqual(await repository.sameDay('2026-12-04'), [{ agencyCode: 'xa-a', procedureCode: '1.001', asWritten: 'Đăng ký khai sinh' }]);
      assert.deepEqual(await repository.sameDay('2023-08-07'), []);
      const [message] = await repository.admin.messages({ scope: undefined });
      assert.deepEqual({ agencyCode: message?.agencyCode, screens: message?.screens, from: message?.from }, { agencyCode: '*', screens: ['led', 'staff'], from: undefined });
      assert.deepEqual((await repository.messages('vi', '2026-12-04', 'led')).map((line) => line.text), ['Vì nhân dân phục vụ']);
    } finally {
      await repository.close();
    }
  });
});
