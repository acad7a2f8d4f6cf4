import type { MessageParams } from '@cqtt/core';
import type { LiveEvaluation } from '../controllers/dossier-evaluation.js';
import type { SameDayBadgeMessageKey } from './messages.js';
import type { BadgeIcon } from './badge-icon.js';

/** How the badge looks: `ok`, `warning`, `late` or `neutral` (colour only repeats what the icon and text say). */
export type BadgeTone = 'ok' | 'warning' | 'late' | 'neutral';

/** What the badge says about a dossier: an icon, a sentence and a tone. */
export interface DossierLabel {
  readonly icon: BadgeIcon;
  readonly tone: BadgeTone;
  readonly text: string;
}

type Translate = (key: SameDayBadgeMessageKey, params?: MessageParams) => string;

function timeLeft(minutes: number, t: Translate): string {
  const whole = Math.floor(minutes);
  return whole < 60 ? t('minutes', { minutes: whole }) : t('hoursMinutes', { hours: Math.floor(whole / 60), minutes: whole % 60 });
}

/** The badge's label for a dossier's live evaluation; `due` is its appointment already formatted in Vietnam time. */
export function dossierLabel({ dossier, evaluation }: LiveEvaluation, t: Translate, due: string): DossierLabel {
  const state = evaluation.state;
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
