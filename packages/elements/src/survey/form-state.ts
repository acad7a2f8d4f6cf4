import type { ReactiveControllerHost } from 'lit';
import type { SatisfactionLevel, SurveyResponse } from '@cqtt/core';
import {
  type DraftProblems,
  type SurveyDraft,
  asksWhy,
  commentLength,
  commentMaxLength,
  commentWarningRemaining,
  draftOf,
  emptyDraft,
  fieldOfPath,
} from './draft.js';
import type { OutboxFailure } from './outbox/outbox.js';
import type { SurveyText } from './views.js';

/**
 * What the citizen has entered and what is wrong with it. Kept in one object, so that a handover to the next
 * citizen drops all of it at once; `generation` changes then, so the form's fields are built afresh.
 */
export class SurveyForm {
  draft: SurveyDraft = emptyDraft();
  problems: DraftProblems = {};
  /** A problem of no one field (the server's words, a failed direct sending), shown under the form. */
  generalProblem: string | undefined;
  /** Said once by screen readers when the comment crosses a threshold. */
  commentAnnouncement = '';
  generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The comment's thresholds and the server's general complaint are said in the page's language. */
    private readonly text: SurveyText,
    /** The citizen changed the vote. */
    private readonly onChange: () => void,
  ) {}

  /** Something was entered. */
  get dirty(): boolean {
    const draft = this.draft;
    return draft.level !== undefined || draft.comment !== '' || draft.phone !== '' || draft.consent || draft.shortcomings.length > 0 || draft.praise.length > 0;
  }

  /** A blank form, as for the next citizen. */
  clear(): void {
    this.draft = emptyDraft();
    this.problems = {};
    this.generalProblem = undefined;
    this.commentAnnouncement = '';
    this.generation += 1;
    this.host.requestUpdate();
  }

  /** The form filled with a stored vote the server rejected, marked where it said. */
  load(response: SurveyResponse, failure: OutboxFailure | undefined): void {
    this.draft = draftOf(response);
    this.showServerProblems(failure);
  }

  update(change: Partial<SurveyDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.onChange();
    this.host.requestUpdate();
  }

  setProblems(problems: DraftProblems, general?: string): void {
    this.problems = problems;
    this.generalProblem = general;
    this.host.requestUpdate();
  }

  chooseLevel(level: SatisfactionLevel): void {
    this.update({ level });
    if (!this.problems.level) return;
    const others: DraftProblems = { ...this.problems };
    delete others.level;
    this.problems = others;
  }

  toggleCriterion(id: string): void {
    const listName = asksWhy(this.draft.level) ? 'shortcomings' : 'praise';
    const list = this.draft[listName];
    this.update({ [listName]: list.includes(id) ? list.filter((item) => item !== id) : [...list, id] });
  }

  editComment(comment: string): void {
    const before = commentMaxLength - commentLength(this.draft.comment);
    this.update({ comment });
    const remaining = commentMaxLength - commentLength(comment);
    // Speak only when a threshold is crossed, never on every keystroke.
    const { t, number } = this.text;
    if (remaining < 0 && before >= 0) this.commentAnnouncement = t('commentOver', { max: number(commentMaxLength) });
    else if (remaining >= 0 && remaining <= commentWarningRemaining && (before > commentWarningRemaining || before < 0)) {
      this.commentAnnouncement = t('commentRemaining', { remaining: number(remaining) });
    } else if (remaining > commentWarningRemaining) this.commentAnnouncement = '';
  }

  /** The fields the server rejected, each under its field; what belongs to no field, under the form. */
  showServerProblems(failure: OutboxFailure | undefined): void {
    const problems: DraftProblems = {};
    const general: string[] = [];
    for (const field of failure?.fields ?? []) {
      const name = fieldOfPath(field.path);
      if (name && problems[name] === undefined) problems[name] = { server: field.message };
      else general.push(field.message);
    }
    if (failure && Object.keys(problems).length === 0 && general.length === 0) general.push(failure.message);
    this.setProblems(problems, general.length > 0 ? this.text.t('fixGeneral', { message: general.join('; ') }) : undefined);
  }
}
