import { type TemplateResult, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { principleGroups, principles } from '@cqtt/core';
import { type DraftField, type DraftProblem, type DraftProblems, asksWhy, commentLength, commentMaxLength, draftFields } from './draft.js';
import type { SurveyForm } from './form-state.js';
import { faceOf, surveyLevels } from './levels.js';
import type { SurveyMessageKey } from './messages.js';
import { type SurveyText, card, heading } from './views.js';

/** What the form shows besides the citizen's input. */
export interface FormView {
  readonly text: SurveyText;
  readonly locale: 'vi' | 'en';
  readonly form: SurveyForm;
  /** Correcting a stored vote the server rejected. */
  readonly fixing: boolean;
  /** Why the survey token was refused, when it was. */
  readonly refusal: string | undefined;
  readonly onSubmit: (event: Event) => void;
  /** The kiosk's warning, above the form. */
  readonly warning: unknown;
  /** The QR code, under the form. */
  readonly qr: unknown;
}

function describedBy(...ids: (string | false)[]): string | undefined {
  const list = ids.filter((id): id is string => id !== false);
  return list.length > 0 ? list.join(' ') : undefined;
}

function problemText(view: FormView, field: DraftField, problem: DraftProblem | undefined): string {
  const { t, number } = view.text;
  if (problem === undefined) return '';
  if (typeof problem === 'object') return t('errorServerField', { message: problem.server });
  if (field === 'level') return t('errorLevel');
  if (field === 'comment') {
    const count = commentLength(view.form.draft.comment.trim());
    return t('errorCommentTooLong', { count: number(count), max: number(commentMaxLength), over: number(count - commentMaxLength) });
  }
  if (field === 'phone') return t(problem === 'missing-phone' ? 'errorPhoneMissing' : 'errorPhoneInvalid');
  return t('errorConsentMissing');
}

function onFormKeydown(event: KeyboardEvent): void {
  const target = event.target as HTMLInputElement;
  // Enter on a level or a checkbox must not send the form: sending is its own deliberate action.
  if (event.key === 'Enter' && (target.type === 'radio' || target.type === 'checkbox')) event.preventDefault();
}

function levels(view: FormView): TemplateResult {
  const { form } = view;
  const problem = form.problems.level;
  return html`<fieldset part="levels" role="radiogroup" aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy(!!problem && 'level-error'))}>
    <legend>${view.text.t('levelLegend')}</legend>
    <div class="levels">
      ${surveyLevels.map(
        (level) => html`<label class="level level-${level}" part="level">
          <svg class="face-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">${faceOf(level)}</svg>
          <input type="radio" name="level" .value=${String(level)} .checked=${live(form.draft.level === level)} @change=${() => form.chooseLevel(level)} />
          <span>${view.text.t(`level${level}`)}</span>
        </label>`,
      )}
    </div>
    <p id="level-error" class="error">${problemText(view, 'level', problem)}</p>
  </fieldset>`;
}

function criteria(view: FormView): TemplateResult | typeof nothing {
  const { form, locale } = view;
  const level = form.draft.level;
  if (level === undefined) return nothing;
  const why = asksWhy(level);
  const chosen = why ? form.draft.shortcomings : form.draft.praise;
  return html`<fieldset class="criteria" part="criteria">
    <legend>${view.text.t(why ? 'shortcomingsLegend' : 'praiseLegend')}</legend>
    ${principleGroups.map(
      (group) => html`<fieldset>
        <legend>${group[locale]}</legend>
        <div class="checks">
        ${principles
          .filter((principle) => principle.group === group.id)
          .map(
            (principle) => html`<label class="check">
              <input type="checkbox" .checked=${live(chosen.includes(principle.id))} @change=${() => form.toggleCriterion(principle.id)} />
              <span>${principle[locale]}</span>
            </label>`,
          )}
        </div>
      </fieldset>`,
    )}
  </fieldset>`;
}

function comment(view: FormView): TemplateResult {
  const { form } = view;
  const { t, number } = view.text;
  const problem = form.problems.comment;
  const remaining = commentMaxLength - commentLength(form.draft.comment);
  return html`<div class="field">
    <label class="field-label" for="comment">${t('commentLabel')}</label>
    <textarea
      id="comment"
      part="comment"
      rows="4"
      .value=${live(form.draft.comment)}
      @input=${(event: Event) => form.editComment((event.target as HTMLTextAreaElement).value)}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy('comment-hint', !!problem && 'comment-error'))}
    ></textarea>
    <p id="comment-hint" class="counter ${remaining < 0 ? 'over' : ''}">${remaining < 0 ? t('commentOver', { max: number(commentMaxLength) }) : t('commentRemaining', { remaining: number(remaining) })}</p>
    <p class="visually-hidden" role="status">${form.commentAnnouncement}</p>
    <p id="comment-error" class="error">${problemText(view, 'comment', problem)}</p>
  </div>`;
}

function phone(view: FormView): TemplateResult {
  const { form } = view;
  const { t } = view.text;
  const { phone: phoneProblem, consent } = form.problems;
  return html`<div class="field">
      <label class="field-label" for="phone">${t('phoneLabel')}</label>
      <input
        id="phone"
        part="phone"
        type="tel"
        autocomplete="tel"
        .value=${live(form.draft.phone)}
        @input=${(event: Event) => form.update({ phone: (event.target as HTMLInputElement).value })}
        aria-invalid=${phoneProblem ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy('phone-hint', !!phoneProblem && 'phone-error'))}
      />
      <p id="phone-hint" class="hint">${t('phoneHint')}</p>
      <p id="phone-error" class="error">${problemText(view, 'phone', phoneProblem)}</p>
    </div>
    <div class="field">
      <label class="consent">
        <input
          id="consent"
          type="checkbox"
          .checked=${live(form.draft.consent)}
          @change=${(event: Event) => form.update({ consent: (event.target as HTMLInputElement).checked })}
          aria-invalid=${consent ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy(!!consent && 'consent-error'))}
        />
        <span>${t('consentLabel')}</span>
      </label>
      <p id="consent-error" class="error">${problemText(view, 'consent', consent)}</p>
    </div>`;
}

/** The survey's form: the five levels, the criteria, the comment and the call-back number. */
export function renderForm(view: FormView): TemplateResult {
  const { t } = view.text;
  const intro: SurveyMessageKey = view.fixing ? 'fixBody' : 'intro';
  return card(
    html`${view.warning} ${heading(view.text, view.fixing ? 'fixTitle' : 'title')}
      <p>${t(intro)}</p>
      ${view.refusal ? html`<p class="notice warn" role="alert">${view.refusal}</p>` : nothing}
      ${keyed(
        view.form.generation,
        html`<form novalidate @submit=${view.onSubmit} @keydown=${onFormKeydown}>
          <div class="stack">
            ${levels(view)} ${criteria(view)} ${comment(view)} ${phone(view)}
            <p id="general-problem" class="error" role="alert" tabindex="-1">${view.form.generalProblem ?? ''}</p>
            <div class="actions">
              <button type="submit" part="submit">${t('submit')}</button>
            </div>
          </div>
        </form>`,
      )}
      ${view.qr}`,
    true,
  );
}

/** The first field the citizen must correct, in the order of the form; else the form's general problem. */
export function firstProblemField(root: ParentNode, problems: DraftProblems): HTMLElement | null {
  const first = draftFields.find((field) => problems[field] !== undefined);
  if (first === 'level') return root.querySelector<HTMLElement>('input[name="level"]');
  return root.querySelector<HTMLElement>(first ? `#${first}` : '#general-problem');
}
