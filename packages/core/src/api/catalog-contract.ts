import * as v from 'valibot';
import type { Agency, Procedure, SameDayRegistration } from '../catalog/model.js';
import { agencySchema, procedureSchema, sameDayRegistrationSchema } from '../catalog/schema.js';
import { validateContract } from './contract.js';

/*
 * The catalog endpoints. The schemas are the catalog's own (they build new objects key by key, drop unknown
 * fields and normalise text); here they only get the contract's error: `ContractError` at the first bad field.
 */

const agencyListSchema = v.array(agencySchema);
const procedureListSchema = v.array(procedureSchema);
const sameDayListSchema = v.array(sameDayRegistrationSchema);

/** The agencies (`GET /agencies`). */
export function parseAgencies(json: unknown): Agency[] {
  return validateContract(agencyListSchema, json);
}

/** The procedures (`GET /procedures`). */
export function parseProcedures(json: unknown): Procedure[] {
  return validateContract(procedureListSchema, json);
}

/** The same-day registrations (`GET /same-day`). */
export function parseSameDayRegistrations(json: unknown): SameDayRegistration[] {
  return validateContract(sameDayListSchema, json);
}
