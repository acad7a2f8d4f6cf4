import { addDays, isWorkingDay, vietnamDateOf, weekdayOf, type Instant, type LocalDate, type WorkSchedule } from '../calendar/index.js';
import type { Agency, Procedure } from '../catalog/model.js';
import { checkInstant, closingOf, receivingDayOf } from './appointment.js';
import { formatDate, formatInstant } from './format.js';
import type { RuleMessage } from './messages.js';
import { scheduleFor } from './schedule.js';

/** Why the Friday rule does not apply to a dossier. */
export type FridayRuleNotApplicable =
  /** The agency did not register the procedure as same-day. */
  | 'not-registered'
  /** The agency's Friday rule is off. */
  | 'rule-off'
  /** The dossier was received (counting from the next working moment) on another day than a Friday. */
  | 'not-friday'
  /** Received on a Friday that is a day off (a holiday, e.g. 1/5/2026): it counts from the next working day. */
  | 'friday-day-off'
  /** Received on a working Friday after closing time: it counts from the next working day. */
  | 'after-office-hours';

/** How a proposed appointment breaks the Friday rule. */
export type FridayRuleViolation =
  /** The appointment is in a later week ("hẹn qua tuần"). */
  | 'next-week'
  /** The appointment is a later day of the same week (a Saturday or Sunday, worked or not). */
  | 'later-day';

/**
 * The Friday rule's verdict on a dossier, for the staff's warning. `applies` says whether the rule binds this
 * dossier; `ok` is false only for a violation. When it applies, `friday` is the receiving Friday and `dueAt` its
 * closing time, the latest correct appointment. `message` is a `rulesMessages` key with its parameters.
 */
export type FridayVerdict =
  | { readonly applies: false; readonly ok: true; readonly reason: FridayRuleNotApplicable; readonly message: RuleMessage }
  | {
      readonly applies: true;
      readonly ok: true;
      readonly friday: LocalDate;
      readonly dueAt: Instant;
      readonly message: RuleMessage;
    }
  | {
      readonly applies: true;
      readonly ok: false;
      readonly friday: LocalDate;
      readonly dueAt: Instant;
      readonly reason: FridayRuleViolation;
      readonly proposedDate: LocalDate;
      readonly message: RuleMessage;
    };

/** What `checkFridayRule` looks at. */
export interface FridayRuleInput {
  readonly procedure: Procedure;
  readonly agency: Agency;
  /** Whether the agency registered the procedure as same-day. */
  readonly registeredSameDay: boolean;
  /** When the complete dossier was received. */
  readonly receivedAt: Instant;
  /** The appointment staff are about to save (ngày hẹn trả), if any. */
  readonly proposedAppointment?: Instant;
  /** Calendar and default hours (`defaultSchedule` when absent); the agency's own office hours replace the hours. */
  readonly schedule?: WorkSchedule;
}

function notApplicable(reason: FridayRuleNotApplicable, procedure: Procedure): FridayVerdict {
  return { applies: false, ok: true, reason, message: { key: `friday.${reason}`, params: { procedure: procedure.name } } };
}

/**
 * "Thứ 6 không hẹn qua tuần": for a procedure the agency registered as same-day, with the agency's Friday rule on,
 * a complete dossier received on a **working Friday** (counting from the next working moment, so before opening
 * counts and after closing does not) is due that Friday, even after the 15:00 cut-off. A proposed appointment on a
 * later date is a violation: `next-week` when it falls in a later ISO week, `later-day` for the weekend of the
 * same week. Appointments are compared by Vietnam calendar date, so any time that Friday is fine.
 *
 * @throws {RuleError} `invalid-instant` for a receipt or proposal that is not a finite instant.
 */
export function checkFridayRule(input: FridayRuleInput): FridayVerdict {
  const { procedure, agency, registeredSameDay, receivedAt, proposedAppointment } = input;
  checkInstant(receivedAt, 'receivedAt');
  if (proposedAppointment !== undefined) checkInstant(proposedAppointment, 'proposedAppointment');
  if (!registeredSameDay) return notApplicable('not-registered', procedure);
  if (!agency.fridayRule) return notApplicable('rule-off', procedure);
  const schedule = scheduleFor(agency, input.schedule);
  const friday = receivingDayOf(receivedAt, schedule);
  if (weekdayOf(friday) !== 5) {
    const receivedDate = vietnamDateOf(receivedAt);
    if (weekdayOf(receivedDate) !== 5) return notApplicable('not-friday', procedure);
    return notApplicable(isWorkingDay(receivedDate, schedule) ? 'after-office-hours' : 'friday-day-off', procedure);
  }
  const dueAt = closingOf(friday, schedule);
  const params = { procedure: procedure.name, friday: formatDate(friday), due: formatInstant(dueAt) };
  const proposedDate = proposedAppointment === undefined ? undefined : vietnamDateOf(proposedAppointment);
  if (proposedDate === undefined || proposedDate <= friday) {
    return { applies: true, ok: true, friday, dueAt, message: { key: 'friday.ok', params } };
  }
  const reason: FridayRuleViolation = proposedDate > addDays(friday, 2) ? 'next-week' : 'later-day';
  return {
    applies: true,
    ok: false,
    friday,
    dueAt,
    reason,
    proposedDate,
    message: { key: `friday.${reason}`, params: { ...params, proposed: formatDate(proposedDate) } },
  };
}
