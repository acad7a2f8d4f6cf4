import type { EnglishMessages } from '@cqtt/core';
import type { apologySlipMessagesVi } from './messages.js';

/** The English texts, with exactly the keys of the Vietnamese ones. */
export const apologySlipMessagesEn: EnglishMessages<typeof apologySlipMessagesVi> = {
  title: 'Apology slip with a new return date',
  intro: 'Dear {applicant},',
  introNoName: 'Dear applicant,',
  apology: '{agency} apologises that the result of the dossier below was not returned on time, and sets a new return date.',
  receipt: 'Receipt number',
  applicant: 'Applicant',
  procedure: 'Procedure',
  received: 'Received',
  originalAppointment: 'Original return date',
  reason: 'Reason',
  defaultReason: 'The dossier needs more time to be examined and resolved.',
  newDate: 'New return date',
  newDateHint: 'A working day after today ({today}).',
  reasonRequired: 'Please enter the reason.',
  dateInvalid: 'Please choose a valid date.',
  dateNotWorking: '{date} is not a working day.',
  dateTooEarly: 'The new date must be after today ({today}).',
  print: 'Print the slip',
  send: 'Send',
  loading: 'Loading the dossier…',
  retry: 'Try again',
};
