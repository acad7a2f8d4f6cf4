import * as v from 'valibot';
import {
  apiErrorCodes,
  dossierStatuses,
  idSchema,
  isWithinWireYears,
  parseLocalDate,
  wireYears,
  type DossierQuery,
  type DossierStatus,
  type LocalDate,
  type ReportQuery,
} from '@cqtt/core';
import { ApiError, invalidRequest, type FieldProblem } from './errors.js';

const codePattern = /^[\p{L}\p{N}._:/-]{1,128}$/u;

function date(name: string, value: string | undefined, problems: FieldProblem[]): LocalDate | undefined {
  if (value === undefined) return undefined;
  let parsed: LocalDate;
  try {
    parsed = parseLocalDate(value);
  } catch {
    problems.push({ path: name, message: 'Ngày không có thật hoặc sai dạng (YYYY-MM-DD). / Not a real date as YYYY-MM-DD.' });
    return undefined;
  }
  if (isWithinWireYears(parsed)) return parsed;
  problems.push({ path: name, message: `Năm từ ${wireYears.min} đến ${wireYears.max}. / A year from ${wireYears.min} to ${wireYears.max}.` });
  return undefined;
}

function agency(value: string | undefined, problems: FieldProblem[]): string | undefined {
  if (value === undefined) return undefined;
  if (codePattern.test(value)) return value;
  problems.push({ path: 'agency', message: 'Mã cơ quan không hợp lệ. / Not an agency code.' });
  return undefined;
}

function checkOrder(from: LocalDate | undefined, to: LocalDate | undefined, problems: FieldProblem[]): void {
  if (from !== undefined && to !== undefined && from > to) {
    problems.push({ path: 'from', message: 'Ngày bắt đầu sau ngày kết thúc. / "from" is after "to".' });
  }
}

function statusList(text: string, problems: FieldProblem[]): DossierStatus[] {
  const list: DossierStatus[] = [];
  for (const entry of text.split(',')) {
    const known = dossierStatuses.find((candidate) => candidate === entry.trim());
    if (known) list.push(known);
    else problems.push({ path: 'status', message: `Không có trạng thái này. / Unknown status; known: ${dossierStatuses.join(', ')}.` });
  }
  return list;
}

/**
 * Reads `agency`, `status` (comma-separated), `from`, `to` and `limit` (1-1000, default 100) of a dossier list.
 * @throws {ApiError} 400 `invalid-request` naming each bad parameter.
 */
export function parseDossierQuery(params: Readonly<Record<string, string | undefined>>): DossierQuery {
  const problems: FieldProblem[] = [];
  const agencyCode = agency(params.agency, problems);
  const from = date('from', params.from, problems);
  const to = date('to', params.to, problems);
  checkOrder(from, to, problems);
  const status = params.status === undefined ? undefined : statusList(params.status, problems);
  const limit = params.limit === undefined ? 100 : Number(params.limit);
  if (params.limit !== undefined && (!/^\d{1,4}$/.test(params.limit) || limit < 1 || limit > 1000)) {
    problems.push({ path: 'limit', message: 'Số nguyên từ 1 đến 1000. / A whole number from 1 to 1000.' });
  }
  if (problems.length > 0) throw invalidRequest(problems);
  return {
    ...(agencyCode !== undefined && { agencyCode }),
    ...(status !== undefined && { status }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    limit,
  };
}

/**
 * Reads the report period `from`/`to` (both required, real dates, `from` not after `to`) and `agency`.
 * @throws {ApiError} 400 `invalid-request` naming each bad parameter.
 */
export function parseReportQuery(params: Readonly<Record<string, string | undefined>>): ReportQuery {
  const problems: FieldProblem[] = [];
  if (params.from === undefined) problems.push({ path: 'from', message: 'Thiếu ngày bắt đầu. / "from" is required.' });
  if (params.to === undefined) problems.push({ path: 'to', message: 'Thiếu ngày kết thúc. / "to" is required.' });
  const from = date('from', params.from, problems);
  const to = date('to', params.to, problems);
  checkOrder(from, to, problems);
  const agencyCode = agency(params.agency, problems);
  if (problems.length > 0 || from === undefined || to === undefined) {
    throw new ApiError(400, apiErrorCodes.invalidRequest, 'Kỳ báo cáo không hợp lệ. / The report period is not valid.', { fields: problems });
  }
  return { from, to, ...(agencyCode !== undefined && { agencyCode }) };
}

/**
 * Reads a calendar year (`wireYears`, 1900-2199).
 * @throws {ApiError} 400 `invalid-request`.
 */
export function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < wireYears.min || year > wireYears.max) {
    throw invalidRequest([{ path: 'year', message: `Năm từ ${wireYears.min} đến ${wireYears.max}. / A year from ${wireYears.min} to ${wireYears.max}.` }]);
  }
  return year;
}

/**
 * Reads a dossier id from a path: the contract's id (1-256 characters, no control characters).
 * @throws {ApiError} 400 `invalid-request` naming `dossierId`.
 */
export function parseDossierId(text: string | undefined): string {
  if (text !== undefined && v.is(idSchema, text)) return text;
  throw invalidRequest([{ path: 'dossierId', message: 'Mã hồ sơ không hợp lệ (1-256 ký tự, không có ký tự điều khiển). / Not a dossier id (1-256 characters, no control characters).' }]);
}
