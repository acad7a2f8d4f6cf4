import * as v from 'valibot';
import { formatContractPath, parseSurveyResponse, surveyResponseSchema, type SurveyResponse } from '@cqtt/core';
import { invalidRequest } from './errors.js';

/**
 * Checks a `POST /surveys` body against the contract's schema and returns it in our model.
 * @throws {ApiError} 400 `invalid-request` listing every bad field by path (`$.level`, `$.phone`, …).
 */
export function parseSurveyBody(body: unknown): SurveyResponse {
  const result = v.safeParse(surveyResponseSchema, body);
  if (!result.success) {
    throw invalidRequest(result.issues.map((issue) => ({ path: formatContractPath(issue.path), message: issue.message })));
  }
  const survey = parseSurveyResponse(body);
  return survey.comment === undefined ? survey : { ...survey, comment: survey.comment.normalize('NFC') };
}
