import type { SurveyReceipt } from './adapter-types.js';
import type { Dossier, SurveyResponse, SurveyStatus, SurveyTokenGrant } from './model.js';
import type { ApiErrorBody } from './errors.js';
import { formatVietnamDateTime } from './wire-time.js';

/**
 * Our model in its wire form, for the server and for requests: instants become ISO 8601 strings in Vietnam
 * time with their offset. Types that carry no instant (messages, calendar years, report rows) travel as they are.
 */

/** A dossier as JSON. */
export interface DossierWire {
  readonly id: string;
  readonly procedureCode: string;
  readonly agencyCode: string;
  readonly status: Dossier['status'];
  readonly receivedAt: string;
  readonly appointmentAt?: string;
  readonly resolvedAt?: string;
  readonly returnedAt?: string;
  readonly closedAt?: string;
  readonly applicantName?: string;
  readonly procedureName?: string;
  readonly fieldCode?: string;
}

function optionalInstant<K extends string>(key: K, instant: number | undefined): { [P in K]?: string } {
  return (instant === undefined ? {} : { [key]: formatVietnamDateTime(instant) }) as { [P in K]?: string };
}

function optionalText<K extends string>(key: K, text: string | undefined): { [P in K]?: string } {
  return (text === undefined ? {} : { [key]: text }) as { [P in K]?: string };
}

/** A dossier in its wire form. */
export function dossierToWire(dossier: Dossier): DossierWire {
  return {
    id: dossier.id,
    procedureCode: dossier.procedureCode,
    agencyCode: dossier.agencyCode,
    status: dossier.status,
    receivedAt: formatVietnamDateTime(dossier.receivedAt),
    ...optionalInstant('appointmentAt', dossier.appointmentAt),
    ...optionalInstant('resolvedAt', dossier.resolvedAt),
    ...optionalInstant('returnedAt', dossier.returnedAt),
    ...optionalInstant('closedAt', dossier.closedAt),
    ...optionalText('applicantName', dossier.applicantName),
    ...optionalText('procedureName', dossier.procedureName),
    ...optionalText('fieldCode', dossier.fieldCode),
  };
}

/** A survey answer as JSON (the body of `POST /surveys`). */
export interface SurveyResponseWire {
  readonly dossierId: string;
  readonly level: SurveyResponse['level'];
  readonly shortcomings: readonly string[];
  readonly praise: readonly string[];
  readonly comment?: string;
  readonly phone?: string;
  readonly callbackConsent: boolean;
  readonly votedAt: string;
}

/** A survey answer in its wire form. */
export function surveyResponseToWire(response: SurveyResponse): SurveyResponseWire {
  return {
    dossierId: response.dossierId,
    level: response.level,
    shortcomings: [...response.shortcomings],
    praise: [...response.praise],
    ...optionalText('comment', response.comment),
    ...optionalText('phone', response.phone),
    callbackConsent: response.callbackConsent,
    votedAt: formatVietnamDateTime(response.votedAt),
  };
}

/** A survey status as JSON. */
export interface SurveyStatusWire {
  readonly dossierId: string;
  readonly answered: boolean;
  readonly level?: SurveyStatus['level'];
  readonly answeredAt?: string;
}

/** A survey status in its wire form. */
export function surveyStatusToWire(status: SurveyStatus): SurveyStatusWire {
  return {
    dossierId: status.dossierId,
    answered: status.answered,
    ...(status.level === undefined ? {} : { level: status.level }),
    ...optionalInstant('answeredAt', status.answeredAt),
  };
}

/** A survey receipt as JSON. */
export interface SurveyReceiptWire {
  readonly dossierId: string;
  readonly receivedAt: string;
  readonly duplicate: boolean;
}

/** A survey receipt in its wire form. */
export function surveyReceiptToWire(receipt: SurveyReceipt): SurveyReceiptWire {
  return { dossierId: receipt.dossierId, receivedAt: formatVietnamDateTime(receipt.receivedAt), duplicate: receipt.duplicate };
}

/** A survey token grant as JSON. */
export interface SurveyTokenGrantWire {
  readonly dossierId: string;
  readonly token: string;
  readonly expiresAt: string;
}

/** A survey token grant in its wire form (`POST /survey-tokens`, 201). */
export function surveyTokenGrantToWire(grant: SurveyTokenGrant): SurveyTokenGrantWire {
  return { dossierId: grant.dossierId, token: grant.token, expiresAt: formatVietnamDateTime(grant.expiresAt) };
}

/** The error envelope as JSON. */
export interface ErrorEnvelopeWire {
  readonly error: ApiErrorBody;
}

/** An error envelope: `{ "error": { "code", "message", "fields"? } }`. */
export function errorEnvelope(body: ApiErrorBody): ErrorEnvelopeWire {
  return {
    error: {
      code: body.code,
      message: body.message,
      ...(body.fields ? { fields: body.fields.map((field) => ({ path: field.path, message: field.message })) } : {}),
    },
  };
}
