import type { LazyMessageCatalog, MessageCatalog } from '../i18n/index.js';
import { rulesMessagesEn } from './messages-en.js';

/** The Vietnamese texts of the rules' verdicts, states and flags. */
export const rulesMessagesVi = {
  'friday.not-registered': '“{procedure}” chưa được đăng ký giải quyết trong ngày: không áp dụng quy định thứ Sáu.',
  'friday.rule-off': 'Đơn vị không áp dụng quy định “thứ Sáu không hẹn qua tuần”.',
  'friday.not-friday': 'Hồ sơ không tiếp nhận vào thứ Sáu: không áp dụng quy định thứ Sáu.',
  'friday.friday-day-off': 'Thứ Sáu này là ngày nghỉ: hồ sơ tính từ ngày làm việc tiếp theo.',
  'friday.after-office-hours': 'Hồ sơ tiếp nhận sau giờ làm việc thứ Sáu: tính từ ngày làm việc tiếp theo.',
  'friday.ok': 'Hồ sơ tiếp nhận thứ Sáu {friday}: trả kết quả trong ngày, chậm nhất {due}.',
  'friday.next-week':
    'Thứ Sáu không hẹn qua tuần: hồ sơ “{procedure}” tiếp nhận thứ Sáu {friday} phải trả trong ngày (chậm nhất {due}), không hẹn ngày {proposed}.',
  'friday.later-day':
    'Thứ Sáu không hẹn qua tuần: hồ sơ “{procedure}” tiếp nhận thứ Sáu {friday} phải trả trong ngày (chậm nhất {due}), không hẹn sang cuối tuần ({proposed}).',
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
  'flag.apology-needed': 'Cần lập văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết.',
  'flag.friday-at-risk': 'Thứ Sáu: hồ sơ đến hạn hôm nay chưa giải quyết, không để hẹn qua tuần.',
  'flag.friday-violation': 'Ngày hẹn vi phạm quy định “thứ Sáu không hẹn qua tuần”.',
} as const;

/**
 * Vietnamese and English texts of the rules' verdicts, states and flags. Keys are the `key` of a `RuleMessage`;
 * render them with `translate(rulesMessages, locale, message.key, message.params)`, as text.
 */
export const rulesMessages: MessageCatalog<typeof rulesMessagesVi> = { vi: rulesMessagesVi, en: rulesMessagesEn };

/** The same texts for a browser page: the English ones are fetched only by a page in English. */
export const lazyRulesMessages: LazyMessageCatalog<typeof rulesMessagesVi> = {
  vi: rulesMessagesVi,
  loadEn: () => import('./messages-en.js').then((module) => module.rulesMessagesEn),
};

/** A key of `rulesMessages`. */
export type RuleMessageKey = keyof typeof rulesMessagesVi;

/** A message to show: a `rulesMessages` key and its parameters (dates already as `DD/MM/YYYY`, times `HH:mm`). */
export interface RuleMessage {
  readonly key: RuleMessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}
