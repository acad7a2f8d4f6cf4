import type { EnglishMessages } from '@cqtt/core';
import type { provisionalMessagesVi } from './provisional-messages.js';

/** The English texts, with exactly the keys of the Vietnamese ones. */
export const provisionalMessagesEn: EnglishMessages<typeof provisionalMessagesVi> = {
  provisional: 'provisional',
  provisionalReason: 'The days off of {years} are not announced yet: this date follows the Labour Code and may change once they are.',
};
