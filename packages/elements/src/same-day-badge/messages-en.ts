import type { EnglishMessages } from '@cqtt/core';
import type { sameDayBadgeMessagesVi } from './messages.js';

/** The English texts, with exactly the keys of the Vietnamese ones. */
export const sameDayBadgeMessagesEn: EnglishMessages<typeof sameDayBadgeMessagesVi> = {
  sameDay: 'Resolved the same day',
  conditions: 'Conditions',
  conditionsLabel: 'Conditions for a same-day result',
  conditionComplete: 'The dossier is complete and valid.',
  conditionCutOff: 'Received before {cutOff}; after that, the result is returned the next working day.',
  conditionFriday: 'Received on a Friday: the result is returned that day, never deferred to next week.',
  dueToday: 'Due today · {left} left',
  dueTodayNoTimeLeft: 'Due today · office hours are over',
  hoursMinutes: '{hours} h {minutes} min',
  minutes: '{minutes} min',
  onTrack: 'On track · due {due}',
  overdue: 'Overdue by {days} days',
  fridayViolation: 'Breaks the Friday rule · due by {due}',
  overdueFriday: 'Overdue by {days} days · breaks the Friday rule (due {due})',
  finished: '{done} {timeliness}',
  returned: 'Returned',
  resolved: 'Resolved',
  early: 'early',
  'on-time': 'on time',
  late: 'late',
  noDeadline: 'No fixed time limit',
  'supplement-requested': 'Waiting for documents',
  'financial-obligation': 'Waiting for payment',
  stopped: 'Stopped',
  loading: 'Loading…',
  retry: 'Try again',
};
