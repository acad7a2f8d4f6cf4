import type { EnglishMessages } from '@cqtt/core';
import type { fridayWarningMessagesVi } from './messages.js';

/** The English texts, with exactly the keys of the Vietnamese ones. */
export const fridayWarningMessagesEn: EnglishMessages<typeof fridayWarningMessagesVi> = {
  title: 'Warning: no Friday appointment into next week',
  acknowledge: 'Understood',
  acknowledged: 'Acknowledged today:',
  invalidInput: 'Invalid date and time ({field}): use ISO with an offset, e.g. 2026-11-27T16:30+07:00.',
  unknownCode: 'The procedure or agency is not in the portal\'s catalog.',
  loading: 'Checking the appointment…',
  retry: 'Try again',
};
