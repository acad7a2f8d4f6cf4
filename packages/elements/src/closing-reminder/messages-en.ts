import type { EnglishMessages } from '@cqtt/core';
import type { closingReminderMessagesVi } from './messages.js';

/** The English texts, with exactly the keys of the Vietnamese ones. */
export const closingReminderMessagesEn: EnglishMessages<typeof closingReminderMessagesVi> = {
  title: 'Reminder: the dossier is not closed',
  body: 'Dossier {id} was resolved at {completed} ({ago} ago) but "Kết thúc hồ sơ" (close) was not pressed. The system counts timeliness from the closing time, so the dossier will count as late.',
  close: 'Close the dossier',
  closing: 'Closing the dossier…',
  closed: 'Dossier {id} is closed.',
  failed: 'The dossier could not be closed: {reason}',
  retryClose: 'Try closing again',
  loading: 'Loading the dossier…',
  retry: 'Try again',
};
