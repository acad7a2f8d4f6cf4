import type { EnglishMessages } from '../i18n/index.js';
import type { rulesMessagesVi } from './messages.js';

/** The English texts of the rules' verdicts, states and flags. */
export const rulesMessagesEn: EnglishMessages<typeof rulesMessagesVi> = {
  'friday.not-registered': '"{procedure}" is not registered as same-day: the Friday rule does not apply.',
  'friday.rule-off': 'The agency does not apply the "no Friday appointment into next week" rule.',
  'friday.not-friday': 'The dossier was not received on a Friday: the Friday rule does not apply.',
  'friday.friday-day-off': 'This Friday is a day off: the dossier counts from the next working day.',
  'friday.after-office-hours': 'Received after Friday\'s office hours: the dossier counts from the next working day.',
  'friday.ok': 'Received on Friday {friday}: return the result today, by {due} at the latest.',
  'friday.next-week':
    'No Friday appointment into next week: the "{procedure}" dossier received on Friday {friday} must be returned that day (by {due}), not on {proposed}.',
  'friday.later-day':
    'No Friday appointment into next week: the "{procedure}" dossier received on Friday {friday} must be returned that day (by {due}), not at the weekend ({proposed}).',
  'state.on-track': 'On track: due {due}.',
  'state.due-today': 'Due today at {due}: {minutes} working minutes left.',
  'state.overdue': 'Overdue by {days} working days (due {due}).',
  'state.resolved-early': 'Resolved early ({completed}).',
  'state.resolved-on-time': 'Resolved on time ({completed}).',
  'state.resolved-late': 'Resolved late ({completed}).',
  'state.resolved': 'Resolved.',
  'state.no-deadline': 'The procedure has no fixed time limit.',
  'state.waiting': 'Waiting for the applicant to complete the dossier or pay.',
  'state.stopped': 'The dossier was stopped (rejected, withdrawn or suspended).',
  'flag.late': 'Late',
  'flag.not-closed': 'Resolved {minutes} minutes ago but not closed ("kết thúc hồ sơ").',
  'flag.apology-needed': 'An apology with a request to extend the time limit is needed.',
  'flag.friday-at-risk': 'Friday: due today and not resolved; do not let it slip into next week.',
  'flag.friday-violation': 'The appointment breaks the "no Friday appointment into next week" rule.',
};
