import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { migrations, openDatabase, SqlRepository, surveyTokenHeader, type SqlClient } from '@cqtt/server';
import { dossier, postInit, surveyBody, surveyTokenOf, tinyCatalog } from './helpers.js';
import { cli, urlPattern, waitFor, type Run } from './server-process.js';
import { createTestDatabase, testEngine, type TestDatabase } from './test-database.js';

/** Each client's budget; the vote clients stay far below it, the rate-limit test spends it. */
const rateLimit = 40;
const rateWindowMs = 86_400_000;
/** Each process's connections: fewer than the votes in flight, so requests queue for them. */
const poolMax = 4;

interface Instance {
  readonly run: Run;
  readonly url: URL;
}

/** A vote's final answer and who gave it. */
interface Delivery {
  readonly status: number;
  readonly replayed: boolean;
  /** 409 `request-in-flight` answers waited out before it (the same key was running on the other instance). */
  readonly waits: number;
  /** Whether the first instance refused the connection and the vote went to the other one. */
  readonly movedOver: boolean;
}

/** A citizen's device behind the proxy: its own address, so each has its own rate-limit budget. */
const client = (phase: number, i: number): string => `10.${phase}.${i >> 8}.${i & 255}`;

/** POSTs a vote to `base`, waiting out `request-in-flight` (Retry-After) as the survey's outbox does. */
async function vote(base: URL, dossierId: string, key: string, address: string): Promise<Omit<Delivery, 'movedOver'>> {
  for (let waits = 0; ; waits += 1) {
    const response = await fetch(new URL('api/v1/surveys', base), postInit(surveyBody(dossierId), key, { 'X-Forwarded-For': address }));
    const body = (await response.json()) as { error?: { code: string } };
    if (response.status !== 409 || body.error?.code !== 'request-in-flight') {
      return { status: response.status, replayed: response.headers.get('idempotent-replayed') === 'true', waits };
    }
    await delay(Number(response.headers.get('retry-after')) * 1000);
  }
}

/** Sends a vote to `first`; when it refuses or cuts the connection, the same request (same key) to `second`. */
async function voteWithFallback(first: URL, second: URL, dossierId: string, key: string, address: string): Promise<Delivery> {
  try {
    return { ...(await vote(first, dossierId, key, address)), movedOver: false };
  } catch (error) {
    // fetch's network failure (refused, reset, cut); any other error is the test's to see.
    if (!(error instanceof TypeError)) throw error;
    return { ...(await vote(second, dossierId, key, address)), movedOver: true };
  }
}

/** Runs `work` over `items`, `width` at a time. */
async function inBatches<T, R>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width) {
    results.push(...(await Promise.all(items.slice(start, start + width).map((item, offset) => work(item, start + offset)))));
  }
  return results;
}

async function metric(base: URL, name: string): Promise<number> {
  const text = await (await fetch(new URL('metrics', base))).text();
  const line = text.split('\n').find((entry) => entry.startsWith(`${name} `));
  return Number(line?.slice(name.length + 1) ?? Number.NaN);
}

/** A raw connection to `base` and everything it received. */
async function rawConnection(base: URL): Promise<{ readonly socket: Socket; readonly received: () => string }> {
  const socket = connect(Number(base.port), base.hostname);
  await once(socket, 'connect');
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
  return { socket, received: () => text };
}

const continued = 'HTTP/1.1 100 Continue\r\n\r\n';

/** A vote whose headers the server has (it answered 100 Continue) and whose body it waits for: a request in flight. */
async function heldVote(base: URL, dossierId: string, key: string, address: string): Promise<{ finish(): Promise<string> }> {
  const { socket, received } = await rawConnection(base);
  const body = JSON.stringify(surveyBody(dossierId));
  socket.write(
    `POST /api/v1/surveys HTTP/1.1\r\nHost: ${base.host}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n` +
      `Idempotency-Key: ${key}\r\n${surveyTokenHeader}: ${surveyTokenOf(dossierId)}\r\nX-Forwarded-For: ${address}\r\nExpect: 100-continue\r\n\r\n`,
  );
  while (!received().startsWith(continued)) await once(socket, 'data');
  return {
    finish: async () => {
      // Not end(): a client that half-closes its side gets no answer from Node's server.
      socket.write(body);
      await once(socket, 'close');
      return received().slice(continued.length);
    },
  };
}

if (testEngine === 'postgres') {
  describe('two cqtt-server processes on one empty PostgreSQL database', { timeout: 900_000 }, () => {
    let database: TestDatabase;
    let db: SqlClient;
    let repository: SqlRepository;
    let instances: [Instance, Instance];
    const voteIds = Array.from({ length: 200 }, (_, i) => `HS-V-${String(i).padStart(3, '0')}`);
    const heldIds = Array.from({ length: 10 }, (_, i) => `HS-H-${i}`);
    const racingIds = Array.from({ length: 100 }, (_, i) => `HS-R-${String(i).padStart(2, '0')}`);

    before(async () => {
      database = await createTestDatabase();
      const env = {
        CQTT_DATABASE_URL: database.databaseUrl,
        CQTT_DATABASE_POOL_MAX: String(poolMax),
        CQTT_TRUST_PROXY: 'on',
        CQTT_RATE_LIMIT: String(rateLimit),
        CQTT_RATE_WINDOW_MS: String(rateWindowMs),
        // The requests held in flight below must not be cut: the drain waits for them.
        CQTT_SHUTDOWN_TIMEOUT_S: '600',
      };
      // Both at once, on a database without a single table.
      const runs = [cli(['start'], env), cli(['start'], env)];
      const urls = await Promise.all(runs.map(async (run) => new URL((await waitFor(run, urlPattern))[1]!)));
      instances = [
        { run: runs[0]!, url: urls[0]! },
        { run: runs[1]!, url: urls[1]! },
      ];
      // The portal's dossiers, written as its synchronisation writes them, beside the two servers.
      db = await openDatabase(database.location);
      repository = new SqlRepository(db);
      await repository.saveCatalog(tinyCatalog);
      await repository.saveDossiers([...voteIds, ...heldIds, ...racingIds].map((id) => dossier(id)));
    });
    after(async () => {
      // SIGKILL: a failed test may leave requests held open, which a drain would wait for.
      for (const { run } of instances ?? []) {
        if (run.child.exitCode === null && run.child.signalCode === null) {
          run.child.kill('SIGKILL');
          await run.exited;
        }
      }
      await repository?.close();
      await database?.drop();
    });

    it('both come up ready, each migration applied once', async () => {
      for (const { url, run } of instances) {
        const ready = await fetch(new URL('readyz', url));
        assert.equal(ready.status, 200, run.output());
        assert.deepEqual(await ready.json(), { status: 'ready', database: 'reachable', migrations: 'applied' });
        assert.doesNotMatch(run.output(), /"level":"(error|warn)"/, 'no error, and every setting is known');
        assert.match(run.output(), new RegExp(`"config: database: PostgreSQL at [^"]+, up to ${poolMax} connections"`));
      }
      const rows = (await db.query<{ id: number }>('select id from migrations order by id')).rows;
      assert.deepEqual(
        rows.map((row) => row.id),
        migrations.map((migration) => migration.id).sort((x, y) => x - y),
      );
    });

    it('stores 200 votes, each sent to both instances at once, exactly once', async (t) => {
      const [a, b] = instances;
      const started = Date.now();
      const pairs = await inBatches(voteIds, 20, (id, i) => {
        const key = `vote-${id}`;
        return Promise.all([vote(a.url, id, key, client(1, i)), vote(b.url, id, key, client(1, i))]);
      });
      for (const [i, pair] of pairs.entries()) {
        assert.deepEqual(
          pair.map(({ status, replayed }) => ({ status, replayed })).sort((x, y) => Number(x.replayed) - Number(y.replayed)),
          [
            { status: 201, replayed: false },
            { status: 201, replayed: true },
          ],
          voteIds[i],
        );
      }
      assert.equal(await repository.surveyCount(), 200);
      assert.equal((await metric(a.url, 'cqtt_votes_stored_total')) + (await metric(b.url, 'cqtt_votes_stored_total')), 200);
      assert.equal((await metric(a.url, 'cqtt_idempotent_replays_total')) + (await metric(b.url, 'cqtt_idempotent_replays_total')), 200);
      for (const { url } of instances) assert.ok((await metric(url, 'cqtt_database_pool_connections{state="total"}')) <= poolMax);
      const waits = pairs.flat().reduce((sum, delivery) => sum + delivery.waits, 0);
      t.diagnostic(`400 requests in ${Date.now() - started} ms; ${waits} request-in-flight answers waited out`);
    });

    it('holds one rate-limit budget per client across both instances', async () => {
      // The windows are aligned on the epoch: a burst that straddles the end of one is sent again by a new client.
      for (let attempt = 0; ; attempt += 1) {
        const window = Math.floor(Date.now() / rateWindowMs);
        const statuses = await Promise.all(
          Array.from({ length: 3 * rateLimit }, async (_, i) => {
            const response = await fetch(new URL('api/v1/time', instances[i % 2]!.url), { headers: { 'X-Forwarded-For': `198.51.100.${attempt + 1}` } });
            await response.body?.cancel();
            return response.status;
          }),
        );
        const straddled = Math.floor(Date.now() / rateWindowMs) !== window;
        if (straddled && attempt === 0) continue;
        assert.equal(statuses.filter((status) => status === 200).length, rateLimit);
        assert.equal(statuses.filter((status) => status === 429).length, 2 * rateLimit);
        return;
      }
    });

    it('loses no vote when one instance gets SIGTERM with requests in flight', async (t) => {
      const [a, b] = instances;
      // A readiness probe whose first bytes the server has parsed: its connection is not idle, so the drain keeps it.
      const probe = await rawConnection(a.url);
      probe.socket.write(`GET /readyz HTTP/1.1\r\nHost: ${a.url.host}\r\n`);
      // Opened after the probe, so the server has read the probe's bytes once these got their 100 Continue.
      const held = await Promise.all(heldIds.map((id, i) => heldVote(a.url, id, `held-${id}`, client(2, i))));
      const send = (ids: readonly string[], offset: number): Promise<Delivery>[] =>
        ids.map((id, i) => voteWithFallback(a.url, b.url, id, `racing-${id}`, client(3, offset + i)));
      // Many more votes than the pool's connections: when the first is answered, the others are queued or running.
      const sentBefore = send(racingIds.slice(0, 60), 0);
      await Promise.race(sentBefore);
      a.run.child.kill('SIGTERM');
      const sentDuring = send(racingIds.slice(60, 90), 60);
      await waitFor(a.run, /SIGTERM: draining/);
      const sentAfter = send(racingIds.slice(90), 90);

      probe.socket.write('\r\n');
      await once(probe.socket, 'close');
      assert.match(probe.received(), /^HTTP\/1\.1 503 /, 'readiness says draining');
      assert.match(probe.received().toLowerCase(), /\r\nconnection: close\r\n/);
      assert.match(probe.received(), /\{"status":"draining"\}$/);
      const refused = connect(Number(a.url.port), a.url.hostname);
      const [error] = (await once(refused, 'error')) as [NodeJS.ErrnoException];
      assert.ok(error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET', error.code);
      assert.equal((await fetch(new URL('readyz', b.url))).status, 200, 'the other instance stays ready');

      for (const [i, answer] of (await Promise.all(held.map((vote) => vote.finish()))).entries()) {
        assert.match(answer, /^HTTP\/1\.1 201 /, `${heldIds[i]}: the request in flight got its answer`);
        assert.match(answer.toLowerCase(), /\r\nconnection: close\r\n/);
      }
      const deliveries = await Promise.all([...sentBefore, ...sentDuring, ...sentAfter]);
      for (const [i, delivery] of deliveries.entries()) assert.equal(delivery.status, 201, racingIds[i]);
      assert.ok(
        deliveries.slice(90).every((delivery) => delivery.movedOver),
        'a vote sent once the instance drains is refused, and the client sends it to the other',
      );

      assert.equal(await a.run.exited, 0, a.run.output());
      assert.match(a.run.output(), /"message":"stopped"/);
      assert.doesNotMatch(a.run.output(), /were cut/);
      const lines = a.run.output().split('\n');
      const routeAndStatus = (line: string) => /"route":"([^"]*)","status":(\d+)/.exec(line)?.slice(1);
      assert.deepEqual(lines.filter((line) => line.includes('"level":"error"')), [], 'no request failed');
      assert.deepEqual(
        lines.filter((line) => line.includes('"level":"warn"')).map(routeAndStatus),
        [['/readyz', '503']],
        'the probe said draining, as a warning',
      );
      assert.equal(await repository.surveyCount(), voteIds.length + heldIds.length + racingIds.length);
      const movedOver = deliveries.filter((delivery) => delivery.movedOver).length;
      const replayed = deliveries.filter((delivery) => delivery.movedOver && delivery.replayed).length;
      t.diagnostic(
        `${racingIds.length} racing votes: ${racingIds.length - movedOver} answered by the draining instance, ${movedOver} moved to the other (${replayed} of them replays)`,
      );
    });
  });
}
