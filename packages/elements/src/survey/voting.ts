import type { SurveyResponse } from '@cqtt/core';
import type { SurveyDeliveryController } from './delivery-controller.js';
import { responseOf, validateDraft } from './draft.js';
import type { SurveyFocusController } from './focus-controller.js';
import type { SurveyForm } from './form-state.js';
import type { Phase, PhaseEvent } from './phase.js';
import { type SurveyText, reasonOf } from './views.js';

/** What casting a vote needs from the survey element. */
export interface VotingHost {
  /** The dossier on screen now: a handover may change it while a vote is being stored. */
  dossierId(): string | undefined;
  /** Votes have somewhere to go (an adapter is set). */
  canVote(): boolean;
  phase(): Phase;
  /** The survey token to send. */
  token(): string | undefined;
  step(event: PhaseEvent): void;
  /** The vote is stored (or sent): `cqtt-survey-submit`. */
  voted(response: SurveyResponse): void;
  /** A vote sent straight to the server is settled: `cqtt-survey-delivered`. */
  delivered(dossierId: string, duplicate: boolean): void;
}

/**
 * Casts the citizen's vote: checks the form, stores the vote on the device (or, without an outbox, sends it straight
 * to the server), and moves the survey on to the thank-you, or back to the form with what to correct.
 */
export class SurveyVoting {
  private submitting = false;

  constructor(
    private readonly host: VotingHost,
    private readonly deliveries: SurveyDeliveryController,
    private readonly form: SurveyForm,
    private readonly focusing: SurveyFocusController,
    private readonly text: SurveyText,
  ) {}

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    const { host } = this;
    const dossierId = host.dossierId();
    if (this.submitting || !host.canVote() || !dossierId || !this.deliveries.ready) return;
    const draft = this.form.draft;
    const problems = validateDraft(draft);
    this.form.setProblems(problems);
    if (Object.keys(problems).length > 0 || draft.level === undefined) {
      this.focusing.request('first-problem');
      return;
    }
    const response = responseOf({ ...draft, level: draft.level }, dossierId, this.deliveries.now());
    const phase = host.phase();
    const fixing = phase.kind === 'fix' ? phase : undefined;
    const surveyToken = host.token() ?? fixing?.surveyToken;
    this.submitting = true;
    try {
      const entry = await this.deliveries.store(response, surveyToken, fixing?.key);
      // Handed over meanwhile: the vote is stored for its own dossier, but the next citizen sees nothing of it.
      if (host.dossierId() !== dossierId) return;
      if (entry) this.afterVote(response, { type: 'stored', key: entry.key });
      else await this.sendDirectly(response, surveyToken);
    } finally {
      this.submitting = false;
    }
  }

  /** Without an outbox the vote goes straight to the server, and the citizen is told if that fails. */
  private async sendDirectly(response: SurveyResponse, surveyToken: string | undefined): Promise<void> {
    const { host } = this;
    host.step({ type: 'sending' });
    const outcome = await this.deliveries.sendDirectly(response, surveyToken);
    if (!outcome || host.dossierId() !== response.dossierId) return;
    if (outcome.outcome === 'delivered') {
      this.afterVote(response, { type: 'sent', outcome });
      host.delivered(response.dossierId, outcome.answeredBefore);
      return;
    }
    host.step({ type: 'unsent' });
    if (outcome.outcome === 'hold' && outcome.state === 'needs-fix') this.form.showServerProblems(outcome.failure);
    else this.form.setProblems({}, this.text.t('directFailed', { reason: reasonOf(this.text, outcome.failure) }));
    this.focusing.request('first-problem');
  }

  private afterVote(response: SurveyResponse, event: PhaseEvent): void {
    this.host.step(event);
    this.form.setProblems({});
    this.focusing.request('title');
    this.host.voted(response);
  }
}
