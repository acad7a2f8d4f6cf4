import type { EnglishMessages } from '../i18n/catalog.js';
import type { portalErrorMessagesVi, surveyTokenErrorMessagesVi } from './error-messages.js';

/** Why a survey could not be sent with its survey token, per refusal code, in English. */
export const surveyTokenErrorMessagesEn: EnglishMessages<typeof surveyTokenErrorMessagesVi> = {
  'survey-token-missing': 'The survey code is missing. Please scan the QR code on the result slip.',
  'survey-token-malformed': 'The survey code is malformed. Please scan the QR code again.',
  'survey-token-forged': 'The survey code is not valid. Please scan the QR code on the result slip again.',
  'survey-token-expired': 'The survey code has expired. Please ask the one-stop office for a new one.',
  'survey-token-wrong-dossier': 'This survey code is for another dossier. Please scan the QR code of this dossier.',
};

/** What to tell a person when the portal fails, per error code, in English. */
export const portalErrorMessagesEn: EnglishMessages<typeof portalErrorMessagesVi> = {
  network: 'Cannot reach the system. Please check the network and try again.',
  timeout: 'The system is taking too long to answer. Please try again.',
  contract: 'The system sent data that is not valid. Please tell the administrator.',
  unauthorized: 'Your session has expired. Please sign in again.',
  forbidden: 'You are not allowed to do this.',
  'not-found': 'The requested data was not found.',
  conflict: 'This was already updated.',
  rejected: 'The system did not accept the request. Please check the details.',
  'rate-limited': 'The system is busy. Please try again in {seconds} s.',
  'rate-limited-now': 'The system is busy. Please try again in a few minutes.',
  unavailable: 'The system is temporarily unavailable. Please try again later.',
  'server-error': 'The system ran into a problem. Please try again later.',
  unknown: 'Something went wrong.',
};
