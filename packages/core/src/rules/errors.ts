/** What went wrong in a rule computation; stable codes for callers that branch on them. */
export type RuleErrorCode =
  | 'invalid-duration'
  | 'unknown-time-limit'
  | 'invalid-cut-off'
  | 'invalid-instant'
  | 'invalid-policy'
  | 'no-office-hours'
  | 'unknown-procedure'
  | 'unknown-agency';

/** Base class of every error the rules throw: bad input to a rule, never a bug hidden as a result. */
export class RuleError extends Error {
  override name = 'RuleError';
  constructor(
    /** Stable code of the problem. */
    readonly code: RuleErrorCode,
    message: string,
    /** The field at fault, e.g. `timeLimit.days`, when there is one. */
    readonly path?: string,
  ) {
    super(message);
  }
}

/** A procedure code that the rules context's catalog does not have. */
export class UnknownProcedureError extends RuleError {
  override name = 'UnknownProcedureError';
  constructor(readonly procedureCode: string) {
    super('unknown-procedure', `Unknown procedure "${procedureCode}": it is not in the catalog.`, 'procedureCode');
  }
}

/** An agency code that the rules context's catalog does not have. */
export class UnknownAgencyError extends RuleError {
  override name = 'UnknownAgencyError';
  constructor(readonly agencyCode: string) {
    super('unknown-agency', `Unknown agency "${agencyCode}": it is not in the catalog.`, 'agencyCode');
  }
}
