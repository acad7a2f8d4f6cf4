/**
 * The survey's phase machine (packages/elements/src/survey/phase.ts) is pure: each step of the citizen's way through
 * the survey, and what the screen shows for it, is checked here without a browser.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SurveyResponse } from '@cqtt/core';
import { type Phase, initialPhase, kioskWatchOf, nextPhase, viewOf } from '../../packages/elements/src/survey/phase.js';
import type { OutboxEntry } from '../../packages/elements/src/survey/outbox/outbox.js';

const response: SurveyResponse = { dossierId: 'HS-1', level: 2, shortcomings: [], praise: [], callbackConsent: false, votedAt: 0 };
const entry = (fields: Partial<OutboxEntry> = {}): OutboxEntry => ({ key: 'k1', response, attempts: 1, nextAttemptAt: 0, state: 'pending', ...fields });
const thanks: Phase = { kind: 'thanks', key: 'k1', delivery: { state: 'stored' } };

describe('survey phase machine', () => {
  it('thanks at once for a stored vote, then says how its delivery went', () => {
    const stored = nextPhase(initialPhase, { type: 'stored', key: 'k1' });
    assert.deepEqual(stored, thanks);
    const failure = { kind: 'network', message: 'down' } as const;
    assert.deepEqual(nextPhase(stored, { type: 'delivery', event: { type: 'failed', entry: entry({ lastError: failure }) } }), {
      kind: 'thanks',
      key: 'k1',
      delivery: { state: 'retrying', failure },
    });
    const blocked = { kind: 'forbidden', status: 403, code: 'survey-token-expired', message: 'expired' } as const;
    assert.deepEqual(nextPhase(stored, { type: 'delivery', event: { type: 'failed', entry: entry({ state: 'blocked', lastError: blocked }) } }).kind, 'thanks');
    assert.deepEqual(nextPhase(stored, { type: 'delivery', event: { type: 'delivered', key: 'k1', dossierId: 'HS-1', duplicate: false } }), {
      kind: 'thanks',
      key: 'k1',
      delivery: { state: 'sent' },
    });
  });

  it('says "sent" only for the vote the server kept; another kept answer is named with its level', () => {
    assert.deepEqual(nextPhase(thanks, { type: 'delivery', event: { type: 'delivered', key: 'k1', dossierId: 'HS-1', duplicate: true, keptLevel: 5 } }), {
      kind: 'thanks',
      key: 'k1',
      delivery: { state: 'answered-before', keptLevel: 5 },
    });
    assert.deepEqual(nextPhase({ kind: 'sending' }, { type: 'sent', outcome: { outcome: 'delivered', answeredBefore: true, keptLevel: 2 } }), {
      kind: 'thanks',
      delivery: { state: 'answered-before', keptLevel: 2 },
    });
    assert.deepEqual(nextPhase({ kind: 'sending' }, { type: 'sent', outcome: { outcome: 'delivered', answeredBefore: false } }), { kind: 'thanks', delivery: { state: 'sent' } });
  });

  it("ignores reports on another vote: another tab's, another dossier's", () => {
    assert.equal(nextPhase(thanks, { type: 'delivery', event: { type: 'delivered', key: 'k2', dossierId: 'HS-1', duplicate: false } }), thanks);
    assert.equal(nextPhase(thanks, { type: 'delivery', event: { type: 'failed', entry: entry({ key: 'k2', state: 'needs-fix' }) } }), thanks);
    assert.equal(nextPhase(initialPhase, { type: 'delivery', event: { type: 'delivered', key: 'k1', dossierId: 'HS-1', duplicate: false } }), initialPhase);
  });

  it('asks for a fix of a rejected vote, on a personal screen only', () => {
    const rejected = entry({ state: 'needs-fix', surveyToken: 't' });
    assert.deepEqual(nextPhase(thanks, { type: 'delivery', event: { type: 'failed', entry: rejected } }), { kind: 'fix', key: 'k1', surveyToken: 't' });
    assert.deepEqual(nextPhase(initialPhase, { type: 'found', entry: rejected, kiosk: false }), { kind: 'fix', key: 'k1', surveyToken: 't' });
    assert.equal(nextPhase(initialPhase, { type: 'found', entry: rejected, kiosk: true }), initialPhase);
    assert.equal(nextPhase(initialPhase, { type: 'found', entry: entry(), kiosk: false }), initialPhase);
  });

  it('brings the form back after a failed direct sending, and lets the citizen answer when the status failed', () => {
    assert.deepEqual(nextPhase({ kind: 'sending' }, { type: 'unsent' }), { kind: 'form' });
    assert.deepEqual(nextPhase(initialPhase, { type: 'answer-anyway' }), { kind: 'form' });
    assert.equal(nextPhase(thanks, { type: 'answer-anyway' }), thanks);
  });

  it('keeps nothing of the last vote after a handover', () => {
    for (const phase of [thanks, { kind: 'fix', key: 'k1' } as const, { kind: 'sending' } as const, { kind: 'form' } as const]) {
      assert.equal(nextPhase(phase, { type: 'handover' }), initialPhase);
    }
  });

  it('shows the status in auto, the citizen step otherwise, and the empty slot without a dossier', () => {
    assert.equal(viewOf(thanks, 'answered', false), 'empty');
    assert.equal(viewOf(thanks, 'answered', true), 'thanks');
    assert.equal(viewOf(initialPhase, 'refused', true), 'form');
    assert.equal(viewOf(initialPhase, 'open', true), 'form');
    for (const status of ['loading', 'error', 'answered', 'pending'] as const) assert.equal(viewOf(initialPhase, status, true), status);
  });

  it('has the kiosk watch a thank-you, and a form only once something is entered', () => {
    assert.equal(kioskWatchOf('thanks', false), 'thanks');
    assert.equal(kioskWatchOf('form', false), 'none');
    assert.equal(kioskWatchOf('fix', true), 'form');
    assert.equal(kioskWatchOf('empty', true), 'none');
  });
});
