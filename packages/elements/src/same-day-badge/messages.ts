import type { MessageCatalog } from '@cqtt/core';

const vi = {
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

const en: { readonly [K in keyof typeof vi]: string } = {
  sameDay: 'Resolved the same day',
  conditions: 'Conditions',
  conditionsLabel: 'Conditions for a same-day result',
  conditionComplete: 'The dossier is complete and valid.',
  conditionCutOff: 'Received before {cutOff}; after that, the result is returned the next working day.',
  conditionFriday: 'Received on a Friday: the result is returned that day, never deferred to next week.',
  dueToday: 'Due today · {left} left',
  dueTodayNoTimeLeft: 'Due today · office hours are over',
  hoursMinutes: '{hours} h {minutes} min',
  minutes: '{minutes} min',
  onTrack: 'On track · due {due}',
  overdue: 'Overdue by {days} days',
  finished: '{done} {timeliness}',
  returned: 'Returned',
  resolved: 'Resolved',
  early: 'early',
  'on-time': 'on time',
  late: 'late',
  noDeadline: 'No fixed time limit',
  'supplement-requested': 'Waiting for documents',
  'financial-obligation': 'Waiting for payment',
  stopped: 'Stopped',
  loading: 'Loading…',
  retry: 'Try again',
};

/** The same-day badge's messages, Vietnamese first. */
export const sameDayBadgeMessages: MessageCatalog<typeof vi> = { vi, en };

/** A key of `sameDayBadgeMessages`. */
export type SameDayBadgeMessageKey = keyof typeof vi;
