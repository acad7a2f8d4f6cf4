import type { ReactiveControllerHost } from 'lit';
import { defer, map, switchMap } from 'rxjs';
import { type PortalAdapter, type SatisfactionLevel, type SurveyStatus, type SurveyTokenErrorCode, isSurveyTokenErrorCode } from '@cqtt/core';
import { StreamController } from '../controllers/stream-controller.js';
import type { SurveyDelivery } from './outbox/delivery.js';
import type { OutboxEntry } from './outbox/outbox.js';
import type { StatusView } from './phase.js';

/** What the survey knows about its dossier: a vote waiting on this device, or the server's status. */
export interface LoadedStatus {
  readonly entry?: OutboxEntry;
  readonly status?: SurveyStatus;
}

/** The inputs of the status: a change of any of them loads it afresh, never showing the previous one meanwhile. */
export type StatusInputs = readonly [
  adapter: PortalAdapter | undefined,
  dossierId: string | undefined,
  surveyToken: string | undefined,
  /** The outbox's delivery; `null` without one, `undefined` while its code loads (the status waits for it). */
  delivery: SurveyDelivery | null | undefined,
];

/**
 * The survey status of the element's dossier: a vote of this dossier still waiting in the outbox, else the server's
 * answer (sent with the survey token). Follows its declared inputs; `retry()` reloads the same dossier.
 */
export class SurveyStatusController {
  private readonly stream: StreamController<StatusInputs, LoadedStatus>;

  constructor(host: ReactiveControllerHost & HTMLElement, inputs: () => StatusInputs) {
    this.stream = new StreamController(host, {
      args: inputs,
      stream: ([adapter, dossierId, surveyToken, delivery]) =>
        adapter && dossierId && delivery !== undefined
          ? defer(() => delivery?.entryFor(dossierId) ?? Promise.resolve(undefined)).pipe(
              switchMap((entry) => (entry ? [{ entry }] : adapter.surveyStatus$(dossierId, surveyToken).pipe(map((status) => ({ status }))))),
            )
          : undefined,
    });
  }

  /** The vote of this dossier waiting on the device, once known. */
  get entry(): OutboxEntry | undefined {
    return this.loaded()?.entry;
  }

  /** The level the dossier was rated, when the server said. */
  get level(): SatisfactionLevel | undefined {
    return this.loaded()?.status?.level;
  }

  /** The survey-token code with which the server refused the status request, if it did. */
  get refusal(): SurveyTokenErrorCode | undefined {
    const state = this.stream.state;
    const code = state.status === 'error' ? (state.error as { body?: { code?: unknown } } | null)?.body?.code : undefined;
    return isSurveyTokenErrorCode(code) ? code : undefined;
  }

  get view(): StatusView {
    const state = this.stream.state;
    if (state.status === 'error') return this.refusal ? 'refused' : 'error';
    if (state.status !== 'ready') return 'loading';
    if (state.value.entry) return 'pending';
    return state.value.status?.answered ? 'answered' : 'open';
  }

  /** True while a request or an outbox read is open. */
  get active(): boolean {
    return this.stream.active;
  }

  private loaded(): LoadedStatus | undefined {
    const state = this.stream.state;
    return state.status === 'ready' ? state.value : undefined;
  }

  /** Loads the status of the same dossier again (the retry button, a vote delivered meanwhile). */
  retry(): void {
    this.stream.retry();
  }
}
