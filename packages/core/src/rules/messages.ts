import type { MessageCatalog } from '../i18n/index.js';

const vi = {
  'friday.not-registered': '"{procedure}" chưa được đăng ký giải quyết trong ngày: không áp dụng quy định thứ Sáu.',
  'friday.rule-off': 'Đơn vị không áp dụng quy định "thứ 6 không hẹn qua tuần".',
  'friday.not-friday': 'Hồ sơ không tiếp nhận vào thứ Sáu: không áp dụng quy định thứ Sáu.',
  'friday.friday-day-off': 'Thứ Sáu này là ngày nghỉ: hồ sơ tính từ ngày làm việc tiếp theo.',
  'friday.after-office-hours': 'Hồ sơ tiếp nhận sau giờ làm việc thứ Sáu: tính từ ngày làm việc tiếp theo.',
  'friday.ok': 'Hồ sơ tiếp nhận thứ Sáu {friday}: trả kết quả trong ngày, chậm nhất {due}.',
  'friday.next-week':
    'Thứ 6 không hẹn qua tuần: hồ sơ "{procedure}" tiếp nhận thứ Sáu {friday} phải trả trong ngày (chậm nhất {due}), không hẹn ngày {proposed}.',
  'friday.later-day':
    'Thứ 6 không hẹn qua tuần: hồ sơ "{procedure}" tiếp nhận thứ Sáu {friday} phải trả trong ngày (chậm nhất {due}), không hẹn sang cuối tuần ({proposed}).',
  'state.on-track': 'Trong hạn: hẹn trả {due}.',
  'state.due-today': 'Đến hạn hôm nay lúc {due}: còn {minutes} phút làm việc.',
  'state.overdue': 'Quá hạn {days} ngày làm việc (hẹn trả {due}).',
  'state.resolved-early': 'Đã giải quyết trước hạn ({completed}).',
  'state.resolved-on-time': 'Đã giải quyết đúng hạn ({completed}).',
  'state.resolved-late': 'Đã giải quyết quá hạn ({completed}).',
  'state.resolved': 'Đã giải quyết.',
  'state.no-deadline': 'Thủ tục không quy định thời hạn giải quyết.',
  'state.waiting': 'Đang chờ công dân bổ sung hồ sơ hoặc thực hiện nghĩa vụ tài chính.',
  'state.stopped': 'Hồ sơ đã dừng (không tiếp nhận, rút hoặc dừng xử lý).',
  'flag.late': 'Trễ hạn',
  'flag.not-closed': 'Đã giải quyết {minutes} phút nhưng chưa bấm kết thúc hồ sơ.',
  'flag.apology-needed': 'Cần lập Phiếu xin lỗi và hẹn lại ngày trả kết quả.',
  'flag.friday-at-risk': 'Thứ Sáu: hồ sơ đến hạn hôm nay chưa giải quyết, không để hẹn qua tuần.',
  'flag.friday-violation': 'Ngày hẹn vi phạm quy định "thứ 6 không hẹn qua tuần".',
} as const;

/**
 * Vietnamese and English texts of the rules' verdicts, states and flags. Keys are the `key` of a `RuleMessage`;
 * render them with `translate(rulesMessages, locale, message.key, message.params)`, as text.
 */
export const rulesMessages: MessageCatalog<typeof vi> = {
  vi,
  en: {
    'friday.not-registered': '"{procedure}" is not registered as same-day: the Friday rule does not apply.',
    'friday.rule-off': 'The agency does not apply the "no Friday appointment into next week" rule.',
    'friday.not-friday': 'The dossier was not received on a Friday: the Friday rule does not apply.',
    'friday.friday-day-off': 'This Friday is a day off: the dossier counts from the next working day.',
    'friday.after-office-hours': 'Received after Friday\'s office hours: the dossier counts from the next working day.',
    'friday.ok': 'Received on Friday {friday}: return the result today, by {due} at the latest.',
    'friday.next-week':
      'No Friday appointment into next week: the "{procedure}" dossier received on Friday {friday} must be returned that day (by {due}), not on {proposed}.',
    'friday.later-day':
      'No Friday appointment into next week: the "{procedure}" dossier received on Friday {friday} must be returned that day (by {due}), not at the weekend ({proposed}).',
    'state.on-track': 'On track: due {due}.',
    'state.due-today': 'Due today at {due}: {minutes} working minutes left.',
    'state.overdue': 'Overdue by {days} working days (due {due}).',
    'state.resolved-early': 'Resolved early ({completed}).',
    'state.resolved-on-time': 'Resolved on time ({completed}).',
    'state.resolved-late': 'Resolved late ({completed}).',
    'state.resolved': 'Resolved.',
    'state.no-deadline': 'The procedure has no fixed time limit.',
    'state.waiting': 'Waiting for the applicant to complete the dossier or pay.',
    'state.stopped': 'The dossier was stopped (rejected, withdrawn or suspended).',
    'flag.late': 'Late',
    'flag.not-closed': 'Resolved {minutes} minutes ago but not closed ("kết thúc hồ sơ").',
    'flag.apology-needed': 'An apology slip with a new return date is needed.',
    'flag.friday-at-risk': 'Friday: due today and not resolved; do not let it slip into next week.',
    'flag.friday-violation': 'The appointment breaks the "no Friday appointment into next week" rule.',
  },
};

/** A key of `rulesMessages`. */
export type RuleMessageKey = keyof typeof vi;

/** A message to show: a `rulesMessages` key and its parameters (dates already as `DD/MM/YYYY`, times `HH:mm`). */
export interface RuleMessage {
  readonly key: RuleMessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}
