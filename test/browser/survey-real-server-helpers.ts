import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpPortalAdapter, type SurveyResponse } from '@cqtt/core';
import '@cqtt/elements/survey/define';
import type { CqttSurvey } from '../../packages/elements/src/survey/cqtt-survey.js';
import type { SurveyDeliveryOptions } from '../../packages/elements/src/survey/outbox/delivery.js';
import type { SurveyDeliveryLease } from '../../packages/elements/src/survey/outbox/shared-delivery.js';
import { SurveyOutbox } from '../../packages/elements/src/survey/outbox/outbox.js';

// The survey against the real reference server that the test runner serves (real-server-middleware.mjs), with the
// faults that middleware injects between the browser and it: shared by the delivery tests.

export type Fault =
  | { kind: 'pass' }
  /** `body` sends that text (a gateway's HTML page; '' for none) in place of the API's error envelope. */
  | { kind: 'status'; status: number; retryAfter?: number; body?: string }
  /** The server stores the vote, then its answer is replaced by this status and text. */
  | { kind: 'replace'; status: number; body?: string }
  /** The server stores the vote, then its answer is cut in half. */
  | { kind: 'truncate' }
  | { kind: 'drop' }
  | { kind: 'delay'; ms: number }
  | { kind: 'slow-db'; ms: number; fail?: boolean };

export interface ServerCount {
  readonly count: number;
  /** Survey POSTs that reached the server side since the test began. */
  readonly posts: number;
  /** Their `Idempotency-Key`s, in order. */
  readonly keys: readonly string[];
}

export const titles = { thanks: 'Cảm ơn Ông/Bà đã đánh giá!', answered: 'Hồ sơ này đã được đánh giá' };
export const notices = {
  done: 'Đánh giá đã được gửi đến cơ quan.',
  /** The vote reached a dossier another device had rated "Rất hài lòng": that answer stays. */
  answeredBefore: 'Hồ sơ đã có đánh giá từ trước (mức “Rất hài lòng”) nên hệ thống giữ đánh giá đó; đánh giá vừa rồi của Ông/Bà không được tính.',
  retrying: 'Chưa gửi được',
  expired: 'Mã khảo sát đã hết hạn.',
  wrongDossier: 'Mã khảo sát này dành cho hồ sơ khác.',
  kept: 'Đánh giá vẫn được lưu trên thiết bị này',
};
/** Short waits between the outbox's tries, so retries happen within a test. */
export const quickBackoff = { baseMs: 20, maxMs: 100, minMs: 20 };
/** Longer than any test: a vote waiting on it is sent again only when the network comes back. */
export const patientBackoff = { baseMs: 600_000, maxMs: 600_000, minMs: 600_000 };

let testNumber = 0;
let outboxName = '';

/** Starts the test server (its TypeScript loads on first use, which can take long on a busy machine). */
export async function startTestServer(this: Mocha.Context): Promise<void> {
  this.timeout(120_000);
  await stored('warm-up');
}

/** Starts a test: a fresh outbox name, and the faults of the last test cleared. */
export async function beginTest(): Promise<void> {
  testNumber += 1;
  outboxName = `cqtt-survey-real-server-${testNumber}-${Date.now()}`;
  await control('reset');
}

/** Ends a test: faults cleared, the outbox deleted. */
export async function endTest(): Promise<void> {
  await control('reset');
  await deleteOutbox(outboxName);
}

/** The outbox of the running test. */
export function currentOutbox(): string {
  return outboxName;
}

export async function control(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`/__cqtt/${path}`, { method: 'POST', body: body === undefined ? null : JSON.stringify(body) });
  if (!response.ok) throw new Error(`/__cqtt/${path} answered ${response.status}.`);
  return response.json();
}

export function inject(surveys: readonly Fault[]): Promise<unknown> {
  return control('faults', { surveys });
}

export function setOffline(offline: boolean): Promise<unknown> {
  return control('faults', { offline });
}

export async function stored(dossierId: string): Promise<ServerCount> {
  const response = await fetch(`/__cqtt/surveys?dossierId=${encodeURIComponent(dossierId)}`);
  return (await response.json()) as ServerCount;
}

/** The server holds exactly one row for the dossier, and every POST for it carried the vote's one key. */
export async function expectOneRow(dossierId: string, posts?: number): Promise<void> {
  const server = await stored(dossierId);
  expect(server.count, 'rows stored for the dossier').to.equal(1);
  if (posts !== undefined) expect(server.posts, 'survey POSTs').to.equal(posts);
  expect(new Set(server.keys).size, 'idempotency keys used').to.equal(1);
}

/** A survey token signed by the test server for the dossier; `expired` gives one whose validity ended. */
export async function surveyToken(dossierId: string, expired = false): Promise<string> {
  const { token } = (await control('survey-token', expired ? { dossierId, expired } : { dossierId })) as { token: string };
  return token;
}

/** A returned dossier on the server, and its valid survey token. */
export async function newDossier(): Promise<{ dossierId: string; token: string }> {
  const dossierId = `G6-${Date.now().toString(36)}-${testNumber}-${Math.random().toString(36).slice(2, 8)}`;
  await control('dossiers', [{ id: dossierId, status: 'returned' }]);
  return { dossierId, token: await surveyToken(dossierId) };
}

/** A real HTTP adapter on the page's origin; one try per send, so the outbox does the retrying. */
export function realAdapter(): HttpPortalAdapter {
  return new HttpPortalAdapter({ baseUrl: '', timeoutMs: 500, retry: { attempts: 1, baseDelayMs: 20, maxDelayMs: 2000 } });
}

export function deliveryOptions(backoff = quickBackoff): SurveyDeliveryOptions {
  return { outboxName, backoff, random: () => 0.5 };
}

export async function mount(dossierId: string, token: string, options: SurveyDeliveryOptions = deliveryOptions(), adapter = realAdapter()): Promise<CqttSurvey> {
  return fixture<CqttSurvey>(
    html`<cqtt-survey dossier-id=${dossierId} survey-token=${token} hotline="" .adapter=${adapter} .deliveryOptions=${options}></cqtt-survey>`,
  );
}

export function heading(el: CqttSurvey): string {
  return el.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '';
}

export function notice(el: CqttSurvey): string {
  return el.shadowRoot?.querySelector('.notice')?.textContent?.trim() ?? '';
}

/** Casts a vote and waits for the heading it leads to: the thank-you, or "already rated" when another device was first. */
export async function vote(el: CqttSurvey, level = 5, shows: string = titles.thanks): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('form'), 'the form shows', { timeout: 5000 });
  const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="level"]')];
  radios[5 - level]!.click();
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await waitUntil(() => heading(el) === shows, `the survey shows “${shows}”`, { timeout: 8000 });
}

export async function delivered(el: CqttSurvey): Promise<void> {
  await waitUntil(() => notice(el) === notices.done, 'the survey says the vote was delivered', { timeout: 8000 });
}

export async function attemptsOfStoredVote(dossierId: string): Promise<number | undefined> {
  const outbox = await SurveyOutbox.open(outboxName);
  try {
    return (await outbox.forDossier(dossierId))?.attempts;
  } finally {
    outbox.close();
  }
}

export async function waitForPosts(dossierId: string, posts: number): Promise<void> {
  await waitUntil(async () => (await stored(dossierId)).posts >= posts, `${posts} survey POSTs reach the server`, { timeout: 8000, interval: 50 });
}

export function deleteOutbox(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

export interface Tab {
  /** Starts a deliverer in the other tab, on its own copy of the modules, like a second tab would. */
  start(options: SurveyDeliveryOptions): SurveyDeliveryLease;
  close(): void;
}

const tabScript = `import { HttpPortalAdapter } from '/packages/core/src/index.ts';
import { startSurveyDelivery } from '/packages/elements/src/survey/outbox/shared-delivery.ts';
window.cqttStartDelivery = (options) =>
  startSurveyDelivery(new HttpPortalAdapter({ baseUrl: '', timeoutMs: 500, retry: { attempts: 1 } }), options);`;

/** A second browsing context of the same origin (same IndexedDB, same Web Locks, its own JavaScript realm). */
export async function openTab(): Promise<Tab> {
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

export function responseFor(dossierId: string, level: SurveyResponse['level']): SurveyResponse {
  return { dossierId, level, shortcomings: [], praise: [], callbackConsent: false, votedAt: Date.now() };
}

