import type { Subject} from 'rxjs';
import { defer, firstValueFrom, switchMap, take, tap, throwError } from 'rxjs';
import { type Dossier, type PortalAdapter, type SurveyReceipt, type SurveyResponse, HttpStatusError, MemoryPortalAdapter } from '@cqtt/core';
import type { SurveyClock } from '../src/survey/outbox/clock.js';

/** A clock whose time and timers move only when the test says so. */
export class FakeClock implements SurveyClock {
  private time: number;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  constructor(start = Date.UTC(2026, 0, 15, 2, 30)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Timers not yet fired. */
  get pending(): number {
    return this.timers.size;
  }

  /** Moves time forward, firing each timer that falls due, in order. */
  advance(ms: number): void {
    const target = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, timer]) => timer.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = target;
  }
}

export const returnedDossier: Dossier = {
  id: 'H25.01-260115-0001',
  procedureCode: '1.000804.000.00.00.H25',
  agencyCode: 'UBND-PL',
  status: 'returned',
  receivedAt: Date.UTC(2026, 0, 15, 1, 0),
  returnedAt: Date.UTC(2026, 0, 15, 8, 0),
};

export const secondDossier: Dossier = { ...returnedDossier, id: 'H25.01-260115-0002' };

/** A vote as a citizen would cast it. */
export function sampleResponse(dossierId = returnedDossier.id, level: SurveyResponse['level'] = 2): SurveyResponse {
  return { dossierId, level, shortcomings: ['luon-lang-nghe'], praise: [], comment: 'Chờ lâu quá.', callbackConsent: false, votedAt: Date.UTC(2026, 0, 15, 8, 5) };
}

/** A survey-token refusal as the reference server sends it. */
export function tokenRefusal(code: 'missing' | 'malformed' | 'forged' | 'expired' | 'wrong-dossier'): HttpStatusError {
  return new HttpStatusError(code === 'wrong-dossier' ? 403 : 401, { body: { code: `survey-token-${code}`, message: 'Mã khảo sát … / Survey code …' } });
}

/**
 * A portal for tests: the memory adapter's semantics (idempotent by key, one answer per dossier) plus a
 * script of failures for the next submissions, a gate that holds submissions, and a log of every call.
 * With `requireTokens`, survey requests need a token of `tokens` (token → dossier id) not in `expiredTokens`,
 * refused as the reference server does.
 */
export class TestPortal {
  readonly memory: MemoryPortalAdapter;
  /** Every submitSurvey call, as made. */
  readonly calls: { response: SurveyResponse; key: string; surveyToken: string | undefined }[] = [];
  /** The survey token of every surveyStatus$ call. */
  readonly statusTokens: (string | undefined)[] = [];
  requireTokens = false;
  readonly tokens = new Map<string, string>();
  readonly expiredTokens = new Set<string>();
  /** Receipts the portal gave, duplicates included. */
  readonly receipts: SurveyReceipt[] = [];
  /** Thrown, in order, by the next submissions. */
  readonly failures: unknown[] = [];
  /** While set, submissions wait until it emits. */
  gate: Subject<void> | undefined;

  constructor(options: { surveys?: readonly SurveyResponse[]; hotline?: boolean } = {}) {
    this.memory = new MemoryPortalAdapter(
      {
        dossiers: [returnedDossier, secondDossier],
        surveys: options.surveys ?? [],
        messages: options.hotline === false ? [] : [{ id: 'hotline-1', kind: 'hotline', text: 'Chủ tịch UBND phường: 0271 3879 123', href: 'tel:02713879123' }],
      },
      { clock: () => Date.now() },
    );
  }

  /** A new adapter object over the same portal, as a reloaded page would build. */
  adapter(): PortalAdapter {
    const memory = this.memory;
    return {
      procedures$: memory.procedures$,
      agencies$: memory.agencies$,
      sameDay$: memory.sameDay$,
      serverTime$: memory.serverTime$,
      messages$: memory.messages$,
      dossier$: (id) => memory.dossier$(id),
      dossiers$: (query) => memory.dossiers$(query),
      calendar$: (year) => memory.calendar$(year),
      report$: (query) => memory.report$(query),
      surveyStatus$: (id, surveyToken) =>
        defer(() => {
          this.statusTokens.push(surveyToken);
          const refusal = this.refusal(id, surveyToken);
          return refusal ? throwError(() => refusal) : memory.surveyStatus$(id);
        }),
      submitSurvey: (response, key, surveyToken) =>
        defer(() => {
          this.calls.push({ response, key, surveyToken });
          const failure = this.failures.shift() ?? this.refusal(response.dossierId, surveyToken);
          if (failure !== undefined) return throwError(() => failure);
          const answer = defer(() => memory.submitSurvey(response, key)).pipe(tap((receipt) => this.receipts.push(receipt)));
          return this.gate ? this.gate.pipe(take(1), switchMap(() => answer)) : answer;
        }),
    };
  }

  private refusal(dossierId: string, surveyToken: string | undefined): HttpStatusError | undefined {
    if (!this.requireTokens) return undefined;
    if (surveyToken === undefined) return tokenRefusal('missing');
    if (this.expiredTokens.has(surveyToken)) return tokenRefusal('expired');
    const owner = this.tokens.get(surveyToken);
    if (owner === undefined) return tokenRefusal('forged');
    return owner === dossierId ? undefined : tokenRefusal('wrong-dossier');
  }

  /** Votes the portal stored for the first time (not counting duplicates). */
  get accepted(): number {
    return this.receipts.filter((receipt) => !receipt.duplicate).length;
  }

  async answered(dossierId = returnedDossier.id): Promise<boolean> {
    return (await firstValueFrom(this.memory.surveyStatus$(dossierId))).answered;
  }
}

/** Deletes a test's IndexedDB database, waiting for open connections to let go. */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}.`));
  });
}

/** Makes `indexedDB.open` fail, as in a browser with storage disabled; returns the undo. */
export function breakIndexedDb(): () => void {
  Object.defineProperty(indexedDB, 'open', {
    configurable: true,
    value: () => {
      throw new DOMException('IndexedDB is disabled.', 'InvalidStateError');
    },
  });
  return () => {
    delete (indexedDB as unknown as { open?: unknown }).open;
  };
}
