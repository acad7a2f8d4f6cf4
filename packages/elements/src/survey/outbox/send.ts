import { type Observable, take } from 'rxjs';
import type { PortalAdapter, SatisfactionLevel, SurveyResponse } from '@cqtt/core';
import { type AttemptVerdict, judgeAttempt } from './failure.js';

/** Raised when the sending stops while a request is in flight; a stored vote stays stored. */
export class DeliveryStoppedError extends Error {
  override readonly name = 'DeliveryStoppedError';
}

/**
 * What sending a vote came to. `delivered` with `answeredBefore: false`: the server stored this vote (now or under
 * this key earlier). With `answeredBefore: true`: the dossier already had another answer, which the server kept
 * (`keptLevel`, when it said); this vote is settled but was not counted.
 */
export type SendOutcome =
  | { readonly outcome: 'delivered'; readonly answeredBefore: false }
  | { readonly outcome: 'delivered'; readonly answeredBefore: true; readonly keptLevel?: SatisfactionLevel }
  | Extract<AttemptVerdict, { readonly outcome: 'retry' | 'hold' }>;

/** The vote to send: the answer, its idempotency key and the dossier's survey token. */
export interface Sendable {
  readonly response: SurveyResponse;
  readonly key: string;
  readonly surveyToken?: string | undefined;
}

function firstOf<T>(source: Observable<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      subscription.unsubscribe();
      reject(new DeliveryStoppedError('Sending stopped.'));
    };
    const subscription = source.pipe(take(1)).subscribe({
      next: resolve,
      error: reject,
      complete: () => reject(new Error('The adapter completed without a value.')),
    });
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** "Already answered" counts only once the status says the dossier has an answer, and tells which level was kept. */
async function confirmAnswered(adapter: PortalAdapter, vote: Sendable, signal: AbortSignal): Promise<SendOutcome> {
  try {
    const status = await firstOf(adapter.surveyStatus$(vote.response.dossierId, vote.surveyToken), signal);
    if (status.answered) return { outcome: 'delivered', answeredBefore: true, ...(status.level !== undefined && { keptLevel: status.level }) };
  } catch (error) {
    if (error instanceof DeliveryStoppedError) throw error;
    const verdict = judgeAttempt(error);
    if (verdict.outcome === 'retry') return verdict;
  }
  // A 409 while the dossier has no answer (or none we could read): most likely this key's first request is still
  // being written. Sending again under the same key is safe and settles it.
  return { outcome: 'retry', failure: { kind: 'server', status: 409, message: 'Already answered, but the status shows no answer yet.' } };
}

/**
 * Sends one vote once and sorts the outcome; rejects with `DeliveryStoppedError` when `signal` aborts. A receipt
 * marked duplicate or a 409 "already answered" is checked with the status request before it counts.
 */
export async function sendVote(adapter: PortalAdapter, vote: Sendable, signal: AbortSignal): Promise<SendOutcome> {
  let verdict: AttemptVerdict;
  try {
    const receipt = await firstOf(adapter.submitSurvey(vote.response, vote.key, vote.surveyToken), signal);
    verdict = receipt.duplicate ? { outcome: 'confirm' } : { outcome: 'delivered' };
  } catch (error) {
    if (error instanceof DeliveryStoppedError) throw error;
    verdict = judgeAttempt(error);
  }
  if (verdict.outcome === 'delivered') return { outcome: 'delivered', answeredBefore: false };
  if (verdict.outcome === 'confirm') return confirmAnswered(adapter, vote, signal);
  return verdict;
}
