import { nextWorkingDay, vietnamDateOf, weekdayOf, workingMinutesBetween, type Instant, type WorkSchedule } from '../calendar/index.js';
import type { Dossier, DossierStatus } from '../api/model.js';
import type { Agency, Procedure } from '../catalog/model.js';
import { appointmentDate, checkInstant } from './appointment.js';
import type { RulesContext } from './context.js';
import { RuleError } from './errors.js';
import { formatInstant } from './format.js';
import { checkFridayRule, type FridayVerdict } from './friday-rule.js';
import type { RuleMessage } from './messages.js';
import { classifyTimeliness, completedAt, defaultCloseGraceMinutes, isResolvedNotClosed, type Timeliness } from './report-rules.js';

/** Thresholds of `evaluateDossier`; every field is optional. */
export interface EvaluationPolicy {
  /** Minutes a finished dossier may stay not closed before the `not-closed` flag. Default 30. */
  readonly closeGraceMinutes?: number;
  /**
   * The lead time of the apology document (Mẫu 04 of Thông tư 03/2025/TT-VPCP, "Văn bản xin lỗi và đề nghị gia hạn
   * thời gian giải quyết"): an open dossier with this many working minutes or fewer left before it is due needs
   * it, so staff can send it before the due time. Default 480, one working day of the default office hours; never
   * more than half of the dossier's own working time (or its last hour), so a same-day dossier is not offered one
   * on receipt.
   */
  readonly apologyWorkingMinutes?: number;
}

/** The defaults of `EvaluationPolicy`. */
export const defaultEvaluationPolicy: Required<EvaluationPolicy> = { closeGraceMinutes: defaultCloseGraceMinutes, apologyWorkingMinutes: 480 };

/**
 * Where a dossier stands, told apart by `kind`:
 * - `on-track`: due on a later date; `workingMinutesLeft` until the appointment;
 *   (for open states, `appointmentAt` is when the dossier is due: the Friday's closing time when the appointment
 *   breaks the Friday rule, see `dueAtOf`)
 * - `due-today`: due today (Vietnam date); `workingMinutesLeft` until the appointment, 0 once it has passed (it is
 *   still on time by calendar date until the day ends);
 * - `overdue`: the appointment's date has passed, unresolved; `workingDaysOverdue` counts the working days after
 *   the appointment's date up to today, at least 1;
 * - `resolved`: finished (resolved or returned); `timeliness` by calendar date when there is an appointment;
 * - `no-deadline`: open, and the procedure has no time limit;
 * - `waiting`: the clock waits for the applicant (supplement requested, financial obligation);
 * - `stopped`: rejected, withdrawn or suspended.
 */
export type DossierState =
  | { readonly kind: 'on-track'; readonly appointmentAt: Instant; readonly workingMinutesLeft: number }
  | { readonly kind: 'due-today'; readonly appointmentAt: Instant; readonly workingMinutesLeft: number }
  | { readonly kind: 'overdue'; readonly appointmentAt: Instant; readonly workingDaysOverdue: number }
  | {
      readonly kind: 'resolved';
      readonly completedAt?: Instant;
      readonly timeliness?: Timeliness;
      readonly closed: boolean;
      /** Minutes since `completedAt` while not closed. */
      readonly minutesNotClosed?: number;
    }
  | { readonly kind: 'no-deadline' }
  | { readonly kind: 'waiting'; readonly status: 'supplement-requested' | 'financial-obligation' }
  | { readonly kind: 'stopped'; readonly status: 'rejected' | 'withdrawn' | 'suspended' };

/**
 * What staff should notice, in the order to show them:
 * - `late`: overdue, or finished late;
 * - `apology-needed`: late, or due within the policy's lead time: offer the "Văn bản xin lỗi và đề nghị gia hạn
 *   thời gian giải quyết";
 * - `friday-violation`: the appointment breaks the Friday rule (see `friday`);
 * - `friday-at-risk`: today is a Friday, the dossier is due today (or bound by the Friday rule) and not resolved;
 * - `not-closed`: finished more than the grace period ago and not closed ("bấm kết thúc hồ sơ"), as
 *   `isResolvedNotClosed` counts it.
 */
export type DossierFlag = 'late' | 'apology-needed' | 'friday-violation' | 'friday-at-risk' | 'not-closed';

/** The result of `evaluateDossier`. */
export interface DossierEvaluation {
  readonly dossierId: string;
  readonly procedure: Procedure;
  readonly agency: Agency;
  readonly registeredSameDay: boolean;
  /** The dossier's appointment, or the one the rules compute when the dossier has none (`appointmentComputed`). */
  readonly appointmentAt?: Instant;
  readonly appointmentComputed: boolean;
  readonly state: DossierState;
  readonly flags: readonly DossierFlag[];
  /** The Friday rule's verdict on the dossier's appointment. */
  readonly friday: FridayVerdict;
  /** The state as a `rulesMessages` message. */
  readonly message: RuleMessage;
  /** One message per flag, same order. */
  readonly flagMessages: readonly RuleMessage[];
}

const waitingStatuses = new Set<DossierStatus>(['supplement-requested', 'financial-obligation']);
const stoppedStatuses = new Set<DossierStatus>(['rejected', 'withdrawn', 'suspended']);

function checkPolicy(policy: EvaluationPolicy): Required<EvaluationPolicy> {
  const merged = { ...defaultEvaluationPolicy, ...policy };
  for (const name of Object.keys(defaultEvaluationPolicy) as (keyof EvaluationPolicy)[]) {
    const value: unknown = merged[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new RuleError('invalid-policy', `${name} must be a finite number, 0 or more, not ${String(value)}.`, name);
    }
  }
  return merged;
}

function workingDaysOverdue(appointmentAt: Instant, now: Instant, schedule: WorkSchedule): number {
  const today = vietnamDateOf(now);
  let count = 0;
  for (let day = nextWorkingDay(vietnamDateOf(appointmentAt), schedule); day <= today; day = nextWorkingDay(day, schedule)) count++;
  return Math.max(1, count);
}

/**
 * When an open dossier is really due: the Friday's closing time when its appointment breaks the Friday rule (the
 * staff's warning says the same), else its appointment. The one judgement the badge and the warning share.
 */
function dueAtOf(appointmentAt: Instant | undefined, friday: FridayVerdict): Instant | undefined {
  return friday.applies && !friday.ok ? friday.dueAt : appointmentAt;
}

function openState(appointmentAt: Instant | undefined, now: Instant, schedule: WorkSchedule): DossierState {
  if (appointmentAt === undefined) return { kind: 'no-deadline' };
  const today = vietnamDateOf(now);
  const dueDate = vietnamDateOf(appointmentAt);
  if (dueDate < today) return { kind: 'overdue', appointmentAt, workingDaysOverdue: workingDaysOverdue(appointmentAt, now, schedule) };
  const workingMinutesLeft = Math.max(0, workingMinutesBetween(now, appointmentAt, schedule));
  return { kind: dueDate === today ? 'due-today' : 'on-track', appointmentAt, workingMinutesLeft };
}

function resolvedState(dossier: Dossier, appointmentAt: Instant | undefined, now: Instant): DossierState {
  const done = completedAt(dossier);
  const timeliness = classifyTimeliness(appointmentAt === undefined ? dossier : { ...dossier, appointmentAt });
  const closed = dossier.closedAt !== undefined;
  return {
    kind: 'resolved',
    closed,
    ...(done === undefined ? {} : { completedAt: done }),
    ...(timeliness === undefined ? {} : { timeliness }),
    ...(done === undefined || closed ? {} : { minutesNotClosed: Math.max(0, Math.floor((now - done) / 60_000)) }),
  };
}

function stateMessage(state: DossierState): RuleMessage {
  switch (state.kind) {
    case 'on-track':
      return { key: 'state.on-track', params: { due: formatInstant(state.appointmentAt) } };
    case 'due-today':
      return { key: 'state.due-today', params: { due: formatInstant(state.appointmentAt), minutes: Math.floor(state.workingMinutesLeft) } };
    case 'overdue':
      return { key: 'state.overdue', params: { due: formatInstant(state.appointmentAt), days: state.workingDaysOverdue } };
    case 'resolved':
      if (state.timeliness === undefined || state.completedAt === undefined) return { key: 'state.resolved', params: {} };
      return { key: `state.resolved-${state.timeliness}`, params: { completed: formatInstant(state.completedAt) } };
    default:
      return { key: `state.${state.kind}`, params: {} };
  }
}

function flagsOf(
  state: DossierState,
  friday: FridayVerdict,
  appointmentAt: Instant | undefined,
  now: Instant,
  apologyLeadMinutes: number,
  notClosed: boolean,
): DossierFlag[] {
  const flags: DossierFlag[] = [];
  const late = state.kind === 'overdue' || (state.kind === 'resolved' && state.timeliness === 'late');
  if (late) flags.push('late');
  const soonDue = (state.kind === 'due-today' || state.kind === 'on-track') && state.workingMinutesLeft <= apologyLeadMinutes;
  if (late || soonDue) flags.push('apology-needed');
  if (!friday.ok && state.kind !== 'stopped') flags.push('friday-violation');
  const open = state.kind === 'on-track' || state.kind === 'due-today' || state.kind === 'overdue' || state.kind === 'no-deadline';
  const today = vietnamDateOf(now);
  const dueToday =
    (appointmentAt !== undefined && vietnamDateOf(appointmentAt) === today) || (friday.applies && friday.friday === today);
  if (open && dueToday && weekdayOf(today) === 5) flags.push('friday-at-risk');
  if (notClosed) flags.push('not-closed');
  return flags;
}

function flagMessage(flag: DossierFlag, state: DossierState): RuleMessage {
  if (flag === 'not-closed' && state.kind === 'resolved') return { key: 'flag.not-closed', params: { minutes: state.minutesNotClosed ?? 0 } };
  return { key: `flag.${flag}`, params: {} };
}

/**
 * Evaluates a dossier at `now` (the server's clock, never the browser's) for the staff's badge and warnings: its
 * state (see `DossierState`), its flags (see `DossierFlag`) with messages, and the Friday rule's verdict. The
 * procedure, agency and same-day registration come from `context`; the appointment is the dossier's, or computed
 * with `appointmentDate` when it has none. Timeliness compares Vietnam calendar dates (`classifyTimeliness`).
 *
 * @throws {UnknownProcedureError} {UnknownAgencyError} for codes not in the context's catalog;
 *   {RuleError} for a bad policy or instant.
 */
export function evaluateDossier(dossier: Dossier, policy: EvaluationPolicy, context: RulesContext, now: Instant): DossierEvaluation {
  checkInstant(now, 'now');
  checkInstant(dossier.receivedAt, 'receivedAt');
  for (const field of ['appointmentAt', 'resolvedAt', 'returnedAt', 'closedAt'] as const) {
    const value = dossier[field];
    if (value !== undefined) checkInstant(value, field);
  }
  const settings = checkPolicy(policy);
  const procedure = context.procedure(dossier.procedureCode);
  const agency = context.agency(dossier.agencyCode);
  const registeredSameDay = context.isRegisteredSameDay(agency.code, procedure.code);
  const schedule = context.scheduleOf(agency);
  const appointmentComputed = dossier.appointmentAt === undefined;
  const appointmentAt =
    dossier.appointmentAt ?? appointmentDate(procedure, dossier.receivedAt, { agency, schedule, registeredSameDay });
  const friday = checkFridayRule({
    procedure,
    agency,
    registeredSameDay,
    receivedAt: dossier.receivedAt,
    schedule,
    ...(appointmentAt === undefined ? {} : { proposedAppointment: appointmentAt }),
  });

  let state: DossierState;
  if (stoppedStatuses.has(dossier.status)) state = { kind: 'stopped', status: dossier.status as 'rejected' | 'withdrawn' | 'suspended' };
  else if (waitingStatuses.has(dossier.status)) state = { kind: 'waiting', status: dossier.status as 'supplement-requested' | 'financial-obligation' };
  else if (dossier.status === 'resolved' || dossier.status === 'returned' || completedAt(dossier) !== undefined) {
    state = resolvedState(dossier, appointmentAt, now);
  } else state = openState(dueAtOf(appointmentAt, friday), now, schedule);

  const notClosed = state.kind === 'resolved' && isResolvedNotClosed(dossier, now, settings.closeGraceMinutes);
  const dueAt = dueAtOf(appointmentAt, friday);
  const ownTime = dueAt === undefined ? 0 : workingMinutesBetween(dossier.receivedAt, dueAt, schedule);
  const flags = flagsOf(state, friday, appointmentAt, now, Math.min(settings.apologyWorkingMinutes, Math.max(ownTime / 2, 60)), notClosed);
  return {
    dossierId: dossier.id,
    procedure,
    agency,
    registeredSameDay,
    ...(appointmentAt === undefined ? {} : { appointmentAt }),
    appointmentComputed,
    state,
    flags,
    friday,
    message: stateMessage(state),
    flagMessages: flags.map((flag) => flagMessage(flag, state)),
  };
}
