import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpPortalAdapter, HttpStatusError, type SurveyResponse } from '@cqtt/core';
import '@cqtt/elements/survey/define';
import type { CqttSurvey } from '../../packages/elements/src/survey/cqtt-survey.js';
import { type SurveyDeliveryLease, type SurveyDeliveryOptions, startSurveyDelivery } from '../../packages/elements/src/survey/outbox/delivery.js';
import { judgeAttempt } from '../../packages/elements/src/survey/outbox/failure.js';
import { SurveyOutbox } from '../../packages/elements/src/survey/outbox/outbox.js';

// Issue 6, "never lost, one per dossier": every vote goes through the real reference server (run by the test
// runner, see real-server-middleware.mjs) with faults injected between the browser and it; afterwards the
// server holds exactly one survey row per voted dossier. Issue 11: the server takes a vote only with the
// dossier's survey token, which the survey sends, keeps with a stored vote, and replaces when given a new one.

type Fault =
  | { kind: 'pass' }
  | { kind: 'status'; status: number; retryAfter?: number }
  | { kind: 'drop' }
  | { kind: 'delay'; ms: number }
  | { kind: 'slow-db'; ms: number; fail?: boolean };

interface ServerCount {
  readonly count: number;
  /** Survey POSTs that reached the server side since the test began. */
  readonly posts: number;
  /** Their `Idempotency-Key`s, in order. */
  readonly keys: readonly string[];
}

const titles = { thanks: 'Cảm ơn Ông/Bà đã đánh giá!', answered: 'Hồ sơ này đã được đánh giá' };
const notices = {
  done: 'Đánh giá đã được gửi đến cơ quan.',
  retrying: 'Chưa gửi được',
  expired: 'Mã khảo sát đã hết hạn.',
  wrongDossier: 'Mã khảo sát này dành cho hồ sơ khác.',
  kept: 'Đánh giá vẫn được lưu trên thiết bị này',
};
/** Short waits between the outbox's tries, so retries happen within a test. */
const quickBackoff = { baseMs: 20, maxMs: 100, minMs: 20 };
/** Longer than any test: a vote waiting on it is sent again only when the network comes back. */
const patientBackoff = { baseMs: 600_000, maxMs: 600_000, minMs: 600_000 };

let testNumber = 0;
let outboxName = '';

async function control(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`/__cqtt/${path}`, { method: 'POST', body: body === undefined ? null : JSON.stringify(body) });
  if (!response.ok) throw new Error(`/__cqtt/${path} answered ${response.status}.`);
  return response.json();
}

function inject(surveys: readonly Fault[]): Promise<unknown> {
  return control('faults', { surveys });
}

function setOffline(offline: boolean): Promise<unknown> {
  return control('faults', { offline });
}

async function stored(dossierId: string): Promise<ServerCount> {
  const response = await fetch(`/__cqtt/surveys?dossierId=${encodeURIComponent(dossierId)}`);
  return (await response.json()) as ServerCount;
}

/** The server holds exactly one row for the dossier, and every POST for it carried the vote's one key. */
async function expectOneRow(dossierId: string, posts?: number): Promise<void> {
  const server = await stored(dossierId);
  expect(server.count, 'rows stored for the dossier').to.equal(1);
  if (posts !== undefined) expect(server.posts, 'survey POSTs').to.equal(posts);
  expect(new Set(server.keys).size, 'idempotency keys used').to.equal(1);
}

/** A survey token signed by the test server for the dossier; `expired` gives one whose validity ended. */
async function surveyToken(dossierId: string, expired = false): Promise<string> {
  const { token } = (await control('survey-token', expired ? { dossierId, expired } : { dossierId })) as { token: string };
  return token;
}

/** A returned dossier on the server, and its valid survey token. */
async function newDossier(): Promise<{ dossierId: string; token: string }> {
  const dossierId = `G6-${Date.now().toString(36)}-${testNumber}-${Math.random().toString(36).slice(2, 8)}`;
  await control('dossiers', [{ id: dossierId, status: 'returned' }]);
  return { dossierId, token: await surveyToken(dossierId) };
}

/** A real HTTP adapter on the page's origin; one try per send, so the outbox does the retrying. */
function realAdapter(): HttpPortalAdapter {
  return new HttpPortalAdapter({ baseUrl: '', timeoutMs: 500, retry: { attempts: 1, baseDelayMs: 20, maxDelayMs: 2000 } });
}

function deliveryOptions(backoff = quickBackoff): SurveyDeliveryOptions {
  return { outboxName, backoff, random: () => 0.5 };
}

async function mount(dossierId: string, token: string, options: SurveyDeliveryOptions = deliveryOptions(), adapter = realAdapter()): Promise<CqttSurvey> {
  return fixture<CqttSurvey>(
    html`<cqtt-survey dossier-id=${dossierId} survey-token=${token} hotline="" .adapter=${adapter} .deliveryOptions=${options}></cqtt-survey>`,
  );
}

function heading(el: CqttSurvey): string {
  return el.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '';
}

function notice(el: CqttSurvey): string {
  return el.shadowRoot?.querySelector('.notice')?.textContent?.trim() ?? '';
}

async function vote(el: CqttSurvey, level = 5): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('form'), 'the form shows', { timeout: 5000 });
  const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="level"]')];
  radios[5 - level]!.click();
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await waitUntil(() => heading(el) === titles.thanks, 'the thank-you shows', { timeout: 5000 });
}

async function delivered(el: CqttSurvey): Promise<void> {
  await waitUntil(() => notice(el) === notices.done, 'the survey says the vote was delivered', { timeout: 8000 });
}

async function attemptsOfStoredVote(dossierId: string): Promise<number | undefined> {
  const outbox = await SurveyOutbox.open(outboxName);
  try {
    return (await outbox.forDossier(dossierId))?.attempts;
  } finally {
    outbox.close();
  }
}

async function waitForPosts(dossierId: string, posts: number): Promise<void> {
  await waitUntil(async () => (await stored(dossierId)).posts >= posts, `${posts} survey POSTs reach the server`, { timeout: 8000, interval: 50 });
}

function deleteOutbox(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

interface Tab {
  /** Starts a deliverer in the other tab, on its own copy of the modules, like a second tab would. */
  start(options: SurveyDeliveryOptions): SurveyDeliveryLease;
  close(): void;
}

const tabScript = `import { HttpPortalAdapter } from '/packages/core/src/index.ts';
import { startSurveyDelivery } from '/packages/elements/src/survey/outbox/delivery.ts';
window.cqttStartDelivery = (options) =>
  startSurveyDelivery(new HttpPortalAdapter({ baseUrl: '', timeoutMs: 500, retry: { attempts: 1 } }), options);`;

/** A second browsing context of the same origin (same IndexedDB, same Web Locks, its own JavaScript realm). */
async function openTab(): Promise<Tab> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><script type="module">${tabScript}</script>`;
  document.body.append(frame);
  const starter = () => Reflect.get(frame.contentWindow ?? {}, 'cqttStartDelivery') as Tab['start'] | undefined;
  await waitUntil(() => starter(), 'the other tab loads', { timeout: 8000 });
  return {
    start: (options) => starter()!(options),
    close: () => frame.remove(),
  };
}

function responseFor(dossierId: string, level: SurveyResponse['level']): SurveyResponse {
  return { dossierId, level, shortcomings: [], praise: [], callbackConsent: false, votedAt: Date.now() };
}

describe('survey delivery to the real reference server, with faults', function () {
  this.timeout(20_000);

  beforeEach(async () => {
    testNumber += 1;
    outboxName = `cqtt-survey-real-server-${testNumber}-${Date.now()}`;
    await control('reset');
  });

  afterEach(async () => {
    await control('reset');
    await deleteOutbox(outboxName);
  });

  it('delivers a vote cast offline once the network returns, exactly once', async () => {
    const { dossierId, token } = await newDossier();
    const el = await mount(dossierId, token, deliveryOptions(patientBackoff));
    await waitUntil(() => el.shadowRoot?.querySelector('form'), 'the form shows', { timeout: 5000 });
    await setOffline(true);
    await vote(el);
    await waitUntil(() => notice(el).includes(notices.retrying), 'the survey says it will retry', { timeout: 5000 });
    expect((await stored(dossierId)).count).to.equal(0);
    expect(await attemptsOfStoredVote(dossierId)).to.equal(1);

    await setOffline(false);
    window.dispatchEvent(new Event('online'));
    await delivered(el);
    await expectOneRow(dossierId, 1);
    expect(await attemptsOfStoredVote(dossierId)).to.equal(undefined);
  });

  it('retries after a 500 and stores one row', async () => {
    const { dossierId, token } = await newDossier();
    await inject([{ kind: 'status', status: 500 }, { kind: 'pass' }]);
    const el = await mount(dossierId, token);
    await vote(el);
    await delivered(el);
    await expectOneRow(dossierId, 2);
  });

  it('waits out a 429 with Retry-After, then stores one row', async () => {
    const { dossierId, token } = await newDossier();
    await inject([{ kind: 'status', status: 429, retryAfter: 1 }]);
    const el = await mount(dossierId, token);
    await vote(el);
    await waitUntil(() => notice(el).includes(notices.retrying), 'the survey says it will retry', { timeout: 5000 });
    await delivered(el);
    await expectOneRow(dossierId, 2);
  });

  it('replays a vote whose answer came too late: the server keeps one row', async () => {
    const { dossierId, token } = await newDossier();
    await inject([{ kind: 'delay', ms: 1500 }]);
    const el = await mount(dossierId, token);
    await vote(el);
    await delivered(el);
    await expectOneRow(dossierId, 2);
  });

  it('stores one row when the server is still writing the first try as the retry arrives', async () => {
    const { dossierId, token } = await newDossier();
    await inject([{ kind: 'slow-db', ms: 1200 }]);
    const el = await mount(dossierId, token);
    await vote(el);
    await delivered(el);
    await expectOneRow(dossierId);
  });

  it('stores one row when a connection drops before any answer, however the POST is sent again', async () => {
    const { dossierId, token } = await newDossier();
    await inject([{ kind: 'drop' }]);
    const el = await mount(dossierId, token);
    await vote(el);
    await delivered(el);
    // Chromium itself resends a POST whose reused connection closed before any answer; else the outbox does.
    // Either way every try carries the vote's one key.
    await expectOneRow(dossierId, 2);
  });

  it('finishes a delivery cut by a reload with the same key: one row', async () => {
    const { dossierId, token } = await newDossier();
    await inject([{ kind: 'delay', ms: 1500 }]);
    const first = await mount(dossierId, token);
    await vote(first);
    await waitForPosts(dossierId, 1);
    first.remove();
    expect(await attemptsOfStoredVote(dossierId)).to.equal(0);

    const reloaded = await mount(dossierId, token);
    await waitUntil(async () => (await attemptsOfStoredVote(dossierId)) === undefined, 'the reloaded page delivers the stored vote', { timeout: 8000 });
    await waitUntil(() => heading(reloaded) === titles.answered, 'the reloaded survey shows the dossier as rated', { timeout: 5000 });
    await expectOneRow(dossierId, 2);
  });

  it('keeps the vote when a reload meets the first request still in flight, and that request then fails', async () => {
    const { dossierId, token } = await newDossier();
    await inject([{ kind: 'slow-db', ms: 1500, fail: true }]);
    const first = await mount(dossierId, token);
    await vote(first);
    await waitForPosts(dossierId, 1);
    first.remove();

    const reloaded = await mount(dossierId, token);
    await waitUntil(async () => (await attemptsOfStoredVote(dossierId)) === undefined, 'the stored vote is delivered', { timeout: 10_000 });
    await expectOneRow(dossierId);
    await waitUntil(() => heading(reloaded) === titles.answered, 'the survey shows the dossier as rated', { timeout: 5000 });
  });

  it('retries a 409 for a key still in flight rather than counting it as delivered', () => {
    const inFlight = new HttpStatusError(409, { retryAfterMs: 1000, body: { code: 'request-in-flight', message: 'A request with this key is still being processed.' } });
    expect(judgeAttempt(inFlight)).to.deep.include({ outcome: 'retry', retryAfterMs: 1000 });
    expect(judgeAttempt(new HttpStatusError(409, { body: { code: 'already-answered', message: 'Already answered.' } }))).to.deep.equal({ outcome: 'delivered' });
  });

  it('sends a vote once when two deliverers share the outbox', async () => {
    const { dossierId, token } = await newDossier();
    await inject([{ kind: 'delay', ms: 300 }]);
    const options = deliveryOptions();
    const one = startSurveyDelivery(realAdapter(), options);
    const two = startSurveyDelivery(realAdapter(), options);
    try {
      expect(one.delivery).not.to.equal(two.delivery);
      await one.delivery.enqueue(responseFor(dossierId, 4), undefined, token);
      await Promise.all([one.delivery.flush(), two.delivery.flush(), two.delivery.flush()]);
      await waitUntil(async () => (await attemptsOfStoredVote(dossierId)) === undefined, 'the vote is delivered', { timeout: 8000 });
      await Promise.all([one.delivery.flush(), two.delivery.flush()]);
      await expectOneRow(dossierId, 1);
    } finally {
      one.release();
      two.release();
    }
  });

  it('lets another tab finish a vote when the first tab closes mid-delivery: one row', async () => {
    const { dossierId, token } = await newDossier();
    await inject([{ kind: 'delay', ms: 1500 }]);
    const first = startSurveyDelivery(realAdapter(), deliveryOptions());
    const tab = await openTab();
    try {
      await first.delivery.enqueue(responseFor(dossierId, 3), undefined, token);
      await waitForPosts(dossierId, 1);
      const second = tab.start(deliveryOptions());
      try {
        first.release();
        await waitUntil(async () => (await attemptsOfStoredVote(dossierId)) === undefined, 'the other tab delivers the vote', { timeout: 8000 });
        await expectOneRow(dossierId, 2);
      } finally {
        second.release();
      }
    } finally {
      first.release();
      tab.close();
    }
  });

  it('sends a vote once when two surveys on the page share the outbox', async () => {
    const { dossierId, token } = await newDossier();
    await inject([{ kind: 'status', status: 503 }]);
    const adapter = realAdapter();
    const voter = await mount(dossierId, token, deliveryOptions(), adapter);
    const other = await mount(dossierId, token, deliveryOptions(), adapter);
    await vote(voter);
    await delivered(voter);
    await waitUntil(() => heading(other) === titles.answered, 'the other survey shows the dossier as rated', { timeout: 5000 });
    await expectOneRow(dossierId, 2);
  });

  it('keeps the first vote when a second device votes on the same dossier under another key', async () => {
    const { dossierId, token } = await newDossier();
    const firstDevice = await mount(dossierId, token);
    const secondDevice = await mount(dossierId, token, { ...deliveryOptions(), outboxName: `${outboxName}-second` });
    await waitUntil(() => secondDevice.shadowRoot?.querySelector('form'), 'the second device shows the form', { timeout: 5000 });
    await vote(firstDevice, 5);
    await delivered(firstDevice);

    const details: unknown[] = [];
    secondDevice.addEventListener('cqtt-survey-delivered', (event) => details.push((event as CustomEvent<unknown>).detail));
    try {
      await vote(secondDevice, 1);
      await delivered(secondDevice);
      expect(details).to.deep.equal([{ dossierId, duplicate: true }]);
    } finally {
      await deleteOutbox(`${outboxName}-second`);
    }
    const server = await stored(dossierId);
    expect(server).to.include({ count: 1, posts: 2 });
    expect(new Set(server.keys).size, 'one key per device').to.equal(2);
    const status = (await (await fetch(`/api/v1/surveys/${encodeURIComponent(dossierId)}`, { headers: { 'X-Survey-Token': token } })).json()) as {
      answered: boolean;
      level: number;
    };
    expect(status).to.include({ answered: true, level: 5 });

    const later = await mount(dossierId, token);
    await waitUntil(() => heading(later) === titles.answered, 'a later visit shows the dossier as rated', { timeout: 5000 });
  });
  it('keeps a vote sent with an expired token, says why, then delivers it once with a fresh token: one row', async () => {
    const { dossierId, token } = await newDossier();
    const el = await mount(dossierId, await surveyToken(dossierId, true));
    await waitUntil(() => el.shadowRoot?.querySelector('.notice[role="alert"]'), 'the form says the token expired', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.notice[role="alert"]')!.textContent).to.contain(notices.expired);
    await vote(el);
    await waitUntil(() => notice(el).includes(notices.expired), 'the thank-you says the token expired', { timeout: 5000 });
    expect(notice(el)).to.contain(notices.kept);
    expect(await stored(dossierId)).to.include({ count: 0, posts: 1 });
    expect(await attemptsOfStoredVote(dossierId)).to.equal(1);

    el.surveyToken = token;
    await delivered(el);
    await expectOneRow(dossierId, 2);
    expect(await attemptsOfStoredVote(dossierId)).to.equal(undefined);
  });

  it("refuses a token of another dossier (403), keeps the vote, and sends it with the dossier's own token", async () => {
    const { dossierId, token } = await newDossier();
    const other = await newDossier();
    const el = await mount(dossierId, other.token);
    await waitUntil(() => el.shadowRoot?.querySelector('.notice[role="alert"]'), 'the form says the token is not this dossier\'s', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.notice[role="alert"]')!.textContent).to.contain(notices.wrongDossier);
    await vote(el, 2);
    await waitUntil(() => notice(el).includes(notices.wrongDossier), 'the thank-you says the token is not this dossier\'s', { timeout: 5000 });
    expect(await stored(dossierId)).to.include({ count: 0 });
    expect(await stored(other.dossierId)).to.include({ count: 0 });

    el.surveyToken = token;
    await delivered(el);
    await expectOneRow(dossierId, 2);
    expect((await stored(other.dossierId)).count).to.equal(0);
  });

  it('answers the status only to the dossier\'s token', async () => {
    const { dossierId, token } = await newDossier();
    const other = await newDossier();
    const status = (headers: Record<string, string>) => fetch(`/api/v1/surveys/${encodeURIComponent(dossierId)}`, { headers });
    const codeOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;
    const none = await status({});
    expect([none.status, await codeOf(none)]).to.deep.equal([401, 'survey-token-missing']);
    const wrong = await status({ 'X-Survey-Token': other.token });
    expect([wrong.status, await codeOf(wrong)]).to.deep.equal([403, 'survey-token-wrong-dossier']);
    const own = await status({ 'X-Survey-Token': token });
    expect(await own.json()).to.deep.equal({ dossierId, answered: false });
  });
});
