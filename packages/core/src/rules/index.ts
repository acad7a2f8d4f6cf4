export { type RuleErrorCode, RuleError, UnknownProcedureError, UnknownAgencyError } from './errors.js';
export { scheduleFor } from './schedule.js';
export { type AppointmentOptions, defaultCutOff, appointmentDate } from './appointment.js';
export {
  type FridayRuleNotApplicable,
  type FridayRuleViolation,
  type FridayVerdict,
  type FridayRuleInput,
  checkFridayRule,
} from './friday-rule.js';
export { type RulesContext, createRulesContext } from './context.js';
export {
  type Timeliness,
  completedAt,
  classifyTimeliness,
  isSameDayResolved,
  isFridayReceived,
  isFridayReturned,
  defaultCloseGraceMinutes,
  isResolvedNotClosed,
} from './report-rules.js';
export {
  type EvaluationPolicy,
  type DossierState,
  type DossierFlag,
  type DossierEvaluation,
  defaultEvaluationPolicy,
  evaluateDossier,
} from './evaluate.js';
export { type RuleMessageKey, type RuleMessage, rulesMessages, lazyRulesMessages } from './messages.js';
export { aggregateReport } from './report-aggregate.js';
