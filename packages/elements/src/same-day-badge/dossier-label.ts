import type { MessageParams } from '@cqtt/core';
import type { LiveEvaluation } from '../controllers/dossier-evaluation.js';
import type { SameDayBadgeMessageKey } from './messages.js';
import type { IconName } from '../controllers/icons.js';

/** How the badge looks: `ok`, `warning`, `late` or `neutral` (colour only repeats what the icon and text say). */
export type BadgeTone = 'ok' | 'warning' | 'late' | 'neutral';

/** What the badge says about a dossier: an icon, a sentence and a tone. */
export interface DossierLabel {
  readonly icon: IconName;
  readonly tone: BadgeTone;
  readonly text: string;
}

type Translate = (key: SameDayBadgeMessageKey, params?: MessageParams) => string;

function timeLeft(minutes: number, t: Translate): string {
  const whole = Math.floor(minutes);
  return whole < 60 ? t('minutes', { minutes: whole }) : t('hoursMinutes', { hours: Math.floor(whole / 60), minutes: whole % 60 });
}

/**
 * The badge's label for a dossier's live evaluation; `format` writes an instant in Vietnam time. An open dossier
 * whose appointment breaks the Friday rule is judged against that Friday, as the Friday warning judges it.
 */
export function dossierLabel({ dossier, evaluation }: LiveEvaluation, t: Translate, format: (instant: number) => string): DossierLabel {
  const state = evaluation.state;
  const friday = evaluation.friday;
  if (friday.applies && !friday.ok && (state.kind === 'due-today' || state.kind === 'overdue')) {
    const due = format(friday.dueAt);
    const text = state.kind === 'overdue' ? t('overdueFriday', { days: state.workingDaysOverdue, due }) : t('fridayViolation', { due });
    return { icon: 'warning', tone: 'late', text };
  }
  const due = evaluation.appointmentAt === undefined ? '' : format(evaluation.appointmentAt);
  switch (state.kind) {
    case 'due-today':
      return state.workingMinutesLeft <= 0
        ? { icon: 'clock', tone: 'late', text: t('dueTodayNoTimeLeft') }
        : { icon: 'clock', tone: 'warning', text: t('dueToday', { left: timeLeft(state.workingMinutesLeft, t) }) };
    case 'on-track':
      return { icon: 'check', tone: 'ok', text: t('onTrack', { due }) };
    case 'overdue':
      return { icon: 'warning', tone: 'late', text: t('overdue', { days: state.workingDaysOverdue }) };
    case 'resolved': {
      const done = t(dossier.status === 'returned' ? 'returned' : 'resolved');
      if (state.timeliness === undefined) return { icon: 'check', tone: 'ok', text: done };
      const late = state.timeliness === 'late';
      return { icon: late ? 'warning' : 'check', tone: late ? 'late' : 'ok', text: t('finished', { done, timeliness: t(state.timeliness) }) };
    }
    case 'no-deadline':
      return { icon: 'dot', tone: 'neutral', text: t('noDeadline') };
    case 'waiting':
      return { icon: 'pause', tone: 'neutral', text: t(state.status) };
    case 'stopped':
      return { icon: 'stop', tone: 'neutral', text: t('stopped') };
  }
}
