import { expect, waitUntil } from '@open-wc/testing';
import { HttpStatusError } from '@cqtt/core';
import { startSurveyDelivery } from '../../packages/elements/src/survey/outbox/shared-delivery.js';
import { judgeAttempt } from '../../packages/elements/src/survey/outbox/failure.js';
import {
  attemptsOfStoredVote,
  beginTest,
  currentOutbox,
  delivered,
  deleteOutbox,
  deliveryOptions,
  endTest,
  expectOneRow,
  heading,
  inject,
  mount,
  newDossier,
  notice,
  notices,
  openTab,
  patientBackoff,
  realAdapter,
  responseFor,
  setOffline,
  startTestServer,
  stored,
  surveyToken,
  titles,
  vote,
  waitForPosts,
} from './survey-real-server-helpers.js';

// Issue 6, "never lost, one per dossier": every vote goes through the real reference server (run by the test
// runner, see real-server-middleware.mjs) with faults injected between the browser and it; afterwards the
// server holds exactly one survey row per voted dossier. Issue 11: the server takes a vote only with the
// dossier's survey token, which the survey sends, keeps with a stored vote, and replaces when given a new one.

describe('survey delivery to the real reference server, with faults', function () {
  this.timeout(20_000);

  before(startTestServer);
  beforeEach(beginTest);
  afterEach(endTest);

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

  it('retries a 409 for a key still in flight, and checks an "already answered" 409 with the status', () => {
    const inFlight = new HttpStatusError(409, { retryAfterMs: 1000, body: { code: 'request-in-flight', message: 'A request with this key is still being processed.' } });
    expect(judgeAttempt(inFlight)).to.deep.include({ outcome: 'retry', retryAfterMs: 1000 });
    expect(judgeAttempt(new HttpStatusError(409, { body: { code: 'already-answered', message: 'Already answered.' } }))).to.deep.equal({ outcome: 'confirm' });
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
    const secondDevice = await mount(dossierId, token, { ...deliveryOptions(), outboxName: `${currentOutbox()}-second` });
    await waitUntil(() => secondDevice.shadowRoot?.querySelector('form'), 'the second device shows the form', { timeout: 5000 });
    await vote(firstDevice, 5);
    await delivered(firstDevice);

    const details: unknown[] = [];
    secondDevice.addEventListener('cqtt-survey-delivered', (event) => details.push((event as CustomEvent<unknown>).detail));
    try {
      // The second device may show its thank-you for an instant or not at all before it learns the dossier was rated.
      await vote(secondDevice, 1, titles.answered);
      expect(notice(secondDevice)).to.equal(notices.answeredBefore);
      expect(details).to.deep.equal([{ dossierId, duplicate: true }]);
    } finally {
      await deleteOutbox(`${currentOutbox()}-second`);
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
