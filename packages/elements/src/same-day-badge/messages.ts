import type { LazyMessageCatalog } from '@cqtt/core';

/** Vietnamese, the reference: English must carry exactly the same keys. */
export const sameDayBadgeMessagesVi = {
  sameDay: 'Giải quyết trong ngày',
  conditions: 'Điều kiện',
  conditionsLabel: 'Điều kiện giải quyết trong ngày',
  conditionComplete: 'Hồ sơ đầy đủ, hợp lệ.',
  conditionCutOff: 'Tiếp nhận trước {cutOff}; sau giờ này, trả kết quả vào ngày làm việc tiếp theo.',
  conditionFriday: 'Tiếp nhận vào thứ Sáu: trả kết quả ngay trong ngày, không hẹn qua tuần sau.',
  dueToday: 'Trả trong ngày · còn {left}',
  dueTodayNoTimeLeft: 'Trả trong ngày · hết giờ làm việc',
  hoursMinutes: '{hours} giờ {minutes} phút',
  minutes: '{minutes} phút',
  onTrack: 'Trong hạn · hẹn trả {due}',
  overdue: 'Quá hạn {days} ngày',
  fridayViolation: 'Vi phạm quy định thứ Sáu · phải trả trước {due}',
  overdueFriday: 'Quá hạn {days} ngày · vi phạm quy định thứ Sáu (phải trả {due})',
  finished: '{done} {timeliness}',
  returned: 'Đã trả',
  resolved: 'Đã giải quyết',
  early: 'trước hạn',
  'on-time': 'đúng hạn',
  late: 'quá hạn',
  noDeadline: 'Không quy định thời hạn',
  'supplement-requested': 'Chờ bổ sung hồ sơ',
  'financial-obligation': 'Chờ thực hiện nghĩa vụ tài chính',
  stopped: 'Đã dừng xử lý',
  loading: 'Đang tải…',
  retry: 'Thử lại',
} as const;

/** The same-day badge's messages, the English ones fetched only by a page in English. */
export const sameDayBadgeMessages: LazyMessageCatalog<typeof sameDayBadgeMessagesVi> = {
  vi: sameDayBadgeMessagesVi,
  loadEn: () => import('./messages-en.js').then((module) => module.sameDayBadgeMessagesEn),
};

/** A key of `sameDayBadgeMessages`. */
export type SameDayBadgeMessageKey = keyof typeof sameDayBadgeMessagesVi;
