import { type SatisfactionLevel, type SurveyResponse, maxCommentLength, vietnamesePhonePattern } from '@cqtt/core';

/** Góp ý is capped at 1,000 characters, counted after NFC normalisation (the form sends NFC text). */
export const commentMaxLength = maxCommentLength;

/** When this many characters remain, the counter speaks once. */
export const commentWarningRemaining = 50;

/** What a citizen has entered so far. Kept in one object so a kiosk reset can drop all of it at once. */
export interface SurveyDraft {
  readonly level?: SatisfactionLevel;
  readonly shortcomings: readonly string[];
  readonly praise: readonly string[];
  readonly comment: string;
  readonly phone: string;
  readonly consent: boolean;
}

/** The fields that can be wrong. */
export type DraftField = 'level' | 'comment' | 'phone' | 'consent';

/** What is wrong with a field: one of ours, or the server's own words. */
export type DraftProblem = 'required' | 'too-long' | 'invalid' | 'missing-phone' | 'missing-consent' | { readonly server: string };

/** The problems of a draft, by field; empty when it can be sent. */
export type DraftProblems = Partial<Record<DraftField, DraftProblem>>;

/** The order in which fields appear, so focus goes to the first invalid one. */
export const draftFields: readonly DraftField[] = ['level', 'comment', 'phone', 'consent'];

/** A blank form. */
export function emptyDraft(): SurveyDraft {
  return { shortcomings: [], praise: [], comment: '', phone: '', consent: false };
}

/** Levels 1-3 ask what went wrong; 4-5 what went well. */
export function asksWhy(level: SatisfactionLevel | undefined): boolean {
  return level !== undefined && level <= 3;
}

/** The comment's length as the limit counts it. */
export function commentLength(comment: string): number {
  return comment.normalize('NFC').length;
}

/** The phone number as the server checks it: without the spaces, dots and dashes people type. */
export function normalizePhone(phone: string): string {
  return phone.replace(/[\s.-]/g, '');
}

/** Every problem of the draft; empty when it can be sent. */
export function validateDraft(draft: SurveyDraft): DraftProblems {
  const problems: DraftProblems = {};
  if (draft.level === undefined) problems.level = 'required';
  if (commentLength(draft.comment.trim()) > commentMaxLength) problems.comment = 'too-long';
  const phone = normalizePhone(draft.phone);
  if (phone !== '' && !vietnamesePhonePattern.test(phone)) problems.phone = 'invalid';
  else if (phone === '' && draft.consent) problems.phone = 'missing-phone';
  if (phone !== '' && !draft.consent) problems.consent = 'missing-consent';
  return problems;
}

/** The answer to send, from a valid draft: only the criteria that match the level, no phone without consent. */
export function responseOf(draft: SurveyDraft & { readonly level: SatisfactionLevel }, dossierId: string, votedAt: number): SurveyResponse {
  const comment = draft.comment.trim().normalize('NFC');
  const phone = normalizePhone(draft.phone);
  const why = asksWhy(draft.level);
  return {
    dossierId,
    level: draft.level,
    shortcomings: why ? [...draft.shortcomings] : [],
    praise: why ? [] : [...draft.praise],
    ...(comment === '' ? {} : { comment }),
    ...(draft.consent && phone !== '' ? { phone } : {}),
    callbackConsent: draft.consent && phone !== '',
    votedAt,
  };
}

/** A stored answer back into a draft, so a citizen can correct what the server rejected. */
export function draftOf(response: SurveyResponse): SurveyDraft {
  return {
    level: response.level,
    shortcomings: [...response.shortcomings],
    praise: [...response.praise],
    comment: response.comment ?? '',
    phone: response.phone ?? '',
    consent: response.callbackConsent,
  };
}

/** Which field a server's error path (`$.phone`, `phone`, `/comment`) names, if one of ours. */
export function fieldOfPath(path: string): DraftField | undefined {
  const name = path.replace(/^[$/.]+/, '').split(/[.[/]/)[0];
  if (name === 'level' || name === 'comment' || name === 'phone') return name;
  if (name === 'callbackConsent') return 'consent';
  return undefined;
}
