import type { SatisfactionLevel } from '@cqtt/core';
import type { DeliveryEvent } from './outbox/delivery-events.js';
import type { OutboxEntry, OutboxFailure } from './outbox/outbox.js';
import type { SendOutcome } from './outbox/send.js';

/** Where a vote the citizen just cast stands, as the thank-you tells it. */
export type DeliveryNote =
  | { readonly state: 'stored' }
  | { readonly state: 'retrying'; readonly failure: OutboxFailure }
  | { readonly state: 'blocked'; readonly failure: OutboxFailure }
  | { readonly state: 'sent' }
  /** The dossier already had another answer, which the server kept; this vote was not counted. */
  | { readonly state: 'answered-before'; readonly keptLevel?: SatisfactionLevel };

/**
 * What the survey is doing. `auto` follows the dossier's status (loading, open, answered, waiting on the device);
 * the others are the citizen's own steps.
 */
export type Phase =
  | { readonly kind: 'auto' }
  | { readonly kind: 'form' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'thanks'; readonly key?: string; readonly delivery: DeliveryNote }
  | { readonly kind: 'fix'; readonly key: string; readonly surveyToken?: string | undefined };

/** What can happen to the survey. */
export type PhaseEvent =
  /** Another dossier, or none (a kiosk handing over to the next citizen): nothing of the last vote stays. */
  | { readonly type: 'handover' }
  /** The status could not be loaded; the citizen answers anyway. */
  | { readonly type: 'answer-anyway' }
  /** The vote is stored on the device under `key`. */
  | { readonly type: 'stored'; readonly key: string }
  /** The device cannot store votes: the vote goes straight to the server. */
  | { readonly type: 'sending' }
  /** What the server made of a vote sent straight to it, once it is settled. */
  | { readonly type: 'sent'; readonly outcome: Extract<SendOutcome, { readonly outcome: 'delivered' }> }
  /** A vote sent straight to the server was not taken; the form comes back with it. */
  | { readonly type: 'unsent' }
  /** The outbox reports on a stored vote (maybe another dossier's, maybe another tab's). */
  | { readonly type: 'delivery'; readonly event: DeliveryEvent }
  /** The status found this dossier's vote on the device; on a personal screen a rejected one is offered to fix. */
  | { readonly type: 'found'; readonly entry: OutboxEntry; readonly kiosk: boolean };

export const initialPhase: Phase = { kind: 'auto' };

function noteOf(entry: OutboxEntry): DeliveryNote {
  if (!entry.lastError) return { state: 'stored' };
  return { state: entry.state === 'blocked' ? 'blocked' : 'retrying', failure: entry.lastError };
}

function deliveredNote(duplicate: boolean, keptLevel: SatisfactionLevel | undefined): DeliveryNote {
  if (!duplicate) return { state: 'sent' };
  return keptLevel === undefined ? { state: 'answered-before' } : { state: 'answered-before', keptLevel };
}

function onDelivery(phase: Phase, event: DeliveryEvent): Phase {
  // Only the thank-you of the vote the event is about changes: a report on any other vote is not this citizen's.
  if (phase.kind !== 'thanks') return phase;
  if (event.type === 'delivered') {
    return phase.key === event.key ? { kind: 'thanks', key: event.key, delivery: deliveredNote(event.duplicate, event.keptLevel) } : phase;
  }
  const entry = event.entry;
  if (phase.key !== entry.key) return phase;
  if (entry.state === 'needs-fix') return { kind: 'fix', key: entry.key, surveyToken: entry.surveyToken };
  return { kind: 'thanks', key: entry.key, delivery: noteOf(entry) };
}

/** The survey's phase after `event`: a pure function, so every step can be tested without a browser. */
export function nextPhase(phase: Phase, event: PhaseEvent): Phase {
  switch (event.type) {
    case 'handover':
      return initialPhase;
    case 'answer-anyway':
      return phase.kind === 'auto' ? { kind: 'form' } : phase;
    case 'stored':
      return { kind: 'thanks', key: event.key, delivery: { state: 'stored' } };
    case 'sending':
      return { kind: 'sending' };
    case 'sent':
      return { kind: 'thanks', delivery: event.outcome.answeredBefore ? deliveredNote(true, event.outcome.keptLevel) : { state: 'sent' } };
    case 'unsent':
      return phase.kind === 'sending' ? { kind: 'form' } : phase;
    case 'delivery':
      return onDelivery(phase, event.event);
    case 'found':
      // A shared kiosk never brings back a previous citizen's rejected answer.
      return phase.kind === 'auto' && !event.kiosk && event.entry.state === 'needs-fix'
        ? { kind: 'fix', key: event.entry.key, surveyToken: event.entry.surveyToken }
        : phase;
  }
}

/** What the dossier's status says, as far as the screen is concerned. */
export type StatusView = 'loading' | 'error' | 'refused' | 'open' | 'answered' | 'pending';

/** The screen the survey shows. */
export type View = 'empty' | 'loading' | 'error' | 'form' | 'sending' | 'thanks' | 'fix' | 'answered' | 'pending';

/** The screen for a phase: without a dossier, the host's empty slot; in `auto`, what the status says. */
export function viewOf(phase: Phase, status: StatusView, hasDossier: boolean): View {
  if (!hasDossier) return 'empty';
  if (phase.kind !== 'auto') return phase.kind;
  // A refused survey token does not stop the vote: it is kept on the device until a token is given.
  return status === 'refused' || status === 'open' ? 'form' : status;
}

/** What a kiosk watches on this screen: a thank-you to clear, a form with someone's input, or nothing. */
export function kioskWatchOf(view: View, dirty: boolean): 'none' | 'thanks' | 'form' {
  if (view === 'thanks') return 'thanks';
  return (view === 'form' || view === 'fix') && dirty ? 'form' : 'none';
}
