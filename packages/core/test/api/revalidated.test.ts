import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type SchedulerLike, asyncScheduler, firstValueFrom, take, toArray } from 'rxjs';
import { type CalendarYear, type FetchLike, HttpPortalAdapter } from '@cqtt/core';

// Issue 16: a calendar year an administrator publishes reaches open pages without reload: the adapter reads the
// year again while it is shown (the browser's cache makes that a conditional request), one read for the page.

const computed = { year: 2027, daysOff: ['2027-02-05'], workingDays: [], status: 'computed' };
const published = { year: 2027, daysOff: ['2027-02-04', '2027-02-05'], workingDays: ['2027-01-30'], status: 'published', source: 'TB 1' };

function portal(bodies: readonly unknown[], revalidateMs = 5): { adapter: HttpPortalAdapter; calls: () => number } {
  let count = 0;
  const fetch: FetchLike = (_url, init) => {
    // Every read asks the server: the browser's cache may not answer from a body it still holds for max-age.
    assert.equal(init.cache, 'no-cache');
    const body = bodies[Math.min(count, bodies.length - 1)];
    count += 1;
    return Promise.resolve(body instanceof Response ? body : new Response(JSON.stringify(body), { status: 200 }));
  };
  return { adapter: new HttpPortalAdapter({ fetch, revalidateMs, retry: { attempts: 1 }, localClock: () => 0 }), calls: () => count };
}

describe('HttpPortalAdapter.calendar$ revalidation', () => {
  it('emits the year, then only a changed year, read again while subscribed', async () => {
    const { adapter, calls } = portal([computed, computed, computed, published]);
    const years: CalendarYear[] = await firstValueFrom(adapter.calendar$(2027).pipe(take(2), toArray()));
    assert.deepEqual(years.map((year) => year.status), ['computed', 'published']);
    assert.equal(calls(), 4);
  });

  it('lets a read slower than the interval answer, rather than cancel it with the next one', { timeout: 10_000 }, async () => {
    let count = 0;
    const fetch: FetchLike = () => {
      count += 1;
      return new Promise((resolve) => setTimeout(() => resolve(new Response(JSON.stringify(computed), { status: 200 })), 40));
    };
    const adapter = new HttpPortalAdapter({ fetch, revalidateMs: 5, retry: { attempts: 1 }, localClock: () => 0 });
    assert.equal((await firstValueFrom(adapter.calendar$(2027))).status, 'computed');
    assert.equal(count, 1);
  });

  it('shares one read among the subscribers of a page, and gives a late one the last value at once', async () => {
    const { adapter, calls } = portal([computed], 60_000);
    const first = adapter.calendar$(2027).subscribe();
    const [a, b] = await Promise.all([firstValueFrom(adapter.calendar$(2027)), firstValueFrom(adapter.calendar$(2027))]);
    assert.equal(a.status, 'computed');
    assert.deepEqual(b, a);
    const late = await firstValueFrom(adapter.calendar$(2027));
    assert.deepEqual(late, a);
    assert.equal(calls(), 1);
    first.unsubscribe();
  });

  it('keeps the last year when a later read fails, and errors when the first one does', async () => {
    const { adapter } = portal([computed, new Response('{}', { status: 500 }), published]);
    const years = await firstValueFrom(adapter.calendar$(2027).pipe(take(2), toArray()));
    assert.deepEqual(years.map((year) => year.status), ['computed', 'published']);
    const failing = portal([new Response('{"error":{"code":"not-found","message":"none"}}', { status: 404 })]);
    await assert.rejects(firstValueFrom(failing.adapter.calendar$(2027)), /HTTP 404/);
  });
});

describe('HttpPortalAdapter: the catalog and the messages kept for the page', () => {
  it('gives a remount the kept value at once without a request, and reads again once revalidateMs has passed', async () => {
    const messages = [{ id: 'slogan-bon-xin', kind: 'slogan', text: '4 xin' }];
    const changed = [{ id: 'slogan-bon-xin', kind: 'slogan', text: '4 xin, 4 luôn' }];
    let now = 0;
    let count = 0;
    const fetch: FetchLike = () => {
      count += 1;
      return Promise.resolve(new Response(JSON.stringify(count === 1 ? messages : changed), { status: 200 }));
    };
    const scheduler: SchedulerLike = { now: () => now, schedule: asyncScheduler.schedule.bind(asyncScheduler) };
    const adapter = new HttpPortalAdapter({ fetch, revalidateMs: 60_000, retry: { attempts: 1 }, localClock: () => now, scheduler });
    assert.deepEqual(await firstValueFrom(adapter.messages$), messages);
    now = 30_000;
    for (let mount = 0; mount < 10; mount += 1) assert.deepEqual(await firstValueFrom(adapter.messages$), messages);
    assert.equal(count, 1);
    now = 61_000;
    const [kept, read] = await firstValueFrom(adapter.messages$.pipe(take(2), toArray()));
    assert.deepEqual([kept, read], [messages, changed]);
    assert.equal(count, 2);
  });
});
