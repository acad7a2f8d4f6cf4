import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog, toVietnamDateTime, weekdayOf, type Dossier } from '@cqtt/core';
import { defaultMessages, demoDossiers, demoSurveys, seedDatabase, type SqlRepository } from '@cqtt/server';
import { vn } from './helpers.js';
import { openTestRepository } from './test-database.js';

describe('demo data', () => {
  const now = vn('2026-11-27', '15:30'); // a Friday afternoon
  const dossiers = demoDossiers(defaultCatalog, now);
  const date = (instant: number) => toVietnamDateTime(instant).date;

  it('is deterministic for a given now, and moves with now', () => {
    assert.deepEqual(demoDossiers(defaultCatalog, now), dossiers);
    const nextWeek = demoDossiers(defaultCatalog, now + 7 * 86_400_000);
    assert.notDeepEqual(nextWeek[0]!.receivedAt, dossiers[0]!.receivedAt);
  });

  it('has a few hundred dossiers of registered same-day procedures, none from the future', () => {
    assert.equal(dossiers.length, 300);
    const registered = new Set(defaultCatalog.sameDay.map((r) => `${r.agencyCode} ${r.procedureCode}`));
    for (const d of dossiers) {
      assert.ok(registered.has(`${d.agencyCode} ${d.procedureCode}`), d.id);
      for (const instant of [d.receivedAt, d.resolvedAt, d.returnedAt, d.closedAt]) if (instant !== undefined) assert.ok(instant <= now, d.id);
      if (d.resolvedAt !== undefined) assert.ok(d.resolvedAt >= d.receivedAt, d.id);
      if (d.returnedAt !== undefined) assert.ok(d.resolvedAt !== undefined && d.returnedAt >= d.resolvedAt, d.id);
      assert.equal(d.status === 'returned', d.returnedAt !== undefined, d.id);
    }
    assert.equal(new Set(dossiers.map((d) => d.id)).size, dossiers.length);
    assert.ok(new Set(dossiers.map((d) => d.agencyCode)).size >= 10, 'spread across agencies');
  });

  it('shows the live cases the demo needs', () => {
    const count = (predicate: (d: Dossier) => boolean) => dossiers.filter(predicate).length;
    const today = date(now);
    assert.ok(count((d) => date(d.receivedAt) === today && d.returnedAt === undefined) >= 3, "today's open dossiers");
    assert.ok(count((d) => weekdayOf(date(d.receivedAt)) === 5) >= 20, 'Friday receipts');
    assert.ok(count((d) => weekdayOf(date(d.receivedAt)) === 5 && d.appointmentAt !== undefined && date(d.appointmentAt) > date(d.receivedAt)) >= 3, 'Friday dossiers promised for next week');
    assert.ok(count((d) => d.resolvedAt !== undefined && d.appointmentAt !== undefined && date(d.resolvedAt) > date(d.appointmentAt)) >= 10, 'late ones');
    assert.ok(count((d) => d.resolvedAt !== undefined && d.closedAt === undefined) >= 10, 'resolved but not closed');
    assert.ok(count((d) => d.status === 'resolved') >= 5 && count((d) => d.status === 'returned') >= 100);
    for (const d of dossiers) assert.equal(weekdayOf(date(d.receivedAt)) <= 5, true, `${d.id} received on a working day`);
  });

  it('answers about seven in ten returned dossiers, after their return, leaving the last two working days open', () => {
    const answers = demoSurveys(dossiers, now);
    assert.deepEqual(demoSurveys(dossiers, now), answers, 'deterministic');
    const byId = new Map(dossiers.map((d) => [d.id, d]));
    // Friday 27/11 15:30: the dossiers received on Thursday 26 and Friday 27 wait for their citizens' answers.
    const eligible = dossiers.filter((d) => d.status === 'returned' && date(d.receivedAt) < '2026-11-26');
    assert.ok(answers.length >= 0.55 * eligible.length && answers.length <= 0.85 * eligible.length, `${answers.length} of ${eligible.length}`);
    for (const answer of answers) {
      const dossier = byId.get(answer.dossierId)!;
      assert.equal(dossier.status, 'returned', answer.dossierId);
      assert.ok(date(dossier.receivedAt) < '2026-11-26', answer.dossierId);
      assert.ok(answer.votedAt > dossier.returnedAt! && answer.votedAt < now, answer.dossierId);
      assert.equal(answer.shortcomings.length > 0, answer.level <= 3, answer.dossierId);
      assert.equal(answer.phone, undefined);
    }
    const levels = [1, 2, 3, 4, 5].map((level) => answers.filter((answer) => answer.level === level).length);
    assert.ok(levels.every((count) => count > 0), `every level is given: ${levels.join(' ')}`);
    assert.ok(levels[4]! + levels[3]! > 0.7 * answers.length, 'mostly satisfied');
  });

  it('gives nothing to a catalog without same-day registrations', () => {
    assert.deepEqual(demoDossiers({ ...defaultCatalog, sameDay: [] }, now), []);
  });

  it('writes the hotline as a Vietnamese number, and leaves it out when none is configured', () => {
    const withHotline = defaultMessages('tel:+842713000000');
    assert.equal(withHotline.at(-1)?.vi, 'lãnh đạo UBND thị xã, 0271 3000 000');
    assert.equal(defaultMessages('tel:+84912345678').at(-1)?.vi, 'lãnh đạo UBND thị xã, 0912 345 678');
    assert.ok(defaultMessages('').every((message) => message.kind !== 'hotline'));
  });

  describe('seedDatabase', () => {
    let repository: SqlRepository;
    before(async () => {
      repository = await openTestRepository();
    });
    after(() => repository.close());

    it('fills only the empty parts', async () => {
      assert.deepEqual(await seedDatabase(repository, { now, hotline: '' }), {
        agencies: defaultCatalog.agencies.length,
        messages: 4,
        dossiers: 300,
        surveys: demoSurveys(dossiers, now).length,
      });
      assert.deepEqual(await seedDatabase(repository, { now: now + 3_600_000, hotline: '' }), { agencies: 0, messages: 0, dossiers: 0, surveys: 0 });
      assert.equal((await repository.dossiers({ limit: 1000 })).length, 300);
      assert.deepEqual(await repository.agencies(), defaultCatalog.agencies);
    });

    it("gives the month's report satisfaction figures, and leaves the kiosk's latest returned dossier unanswered", async () => {
      const total = (await repository.report({ from: '2026-11-01', to: '2026-11-30' }, now)).reduce(
        (sum, row) => ({ surveys: sum.surveys + row.surveys, satisfied: sum.satisfied + row.satisfaction[3] + row.satisfaction[4] }),
        { surveys: 0, satisfied: 0 },
      );
      assert.ok(total.surveys >= 50 && total.satisfied > 0, JSON.stringify(total));
      const [latest] = await repository.dossiers({ status: ['returned'], limit: 1 });
      assert.equal((await repository.surveyStatus(latest!.id))?.answered, false);
    });

    it('tops the dossiers up for the days since the last receipt, so an old demo shows live cases', async () => {
      const monday = vn('2026-11-30', '10:00');
      const added = await seedDatabase(repository, { now: monday, hotline: '' });
      assert.ok(added.dossiers > 0);
      const fresh = await repository.dossiers({ from: '2026-11-28', limit: 1000 });
      assert.equal(fresh.length, added.dossiers);
      assert.ok(fresh.every((d) => d.receivedAt <= monday && toVietnamDateTime(d.receivedAt).date === '2026-11-30'));
      assert.equal((await repository.dossiers({ limit: 1000 })).length, 300 + added.dossiers, 'no older dossier was replaced');
    });
  });
});
