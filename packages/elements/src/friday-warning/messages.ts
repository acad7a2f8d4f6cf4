import type { MessageCatalog } from '@cqtt/core';

const vi = {
  title: 'Cảnh báo: thứ 6 không hẹn qua tuần',
  acknowledge: 'Đã hiểu',
  acknowledged: 'Đã xác nhận hôm nay:',
  invalidInput: 'Ngày giờ không hợp lệ ({field}): cần dạng ISO có múi giờ, ví dụ 2026-11-27T16:30+07:00.',
  unknownCode: 'Không tìm thấy thủ tục hoặc đơn vị trong danh mục của hệ thống.',
  loading: 'Đang kiểm tra ngày hẹn…',
  retry: 'Thử lại',
} as const;

const en: { readonly [K in keyof typeof vi]: string } = {
  title: 'Warning: no Friday appointment into next week',
  acknowledge: 'Understood',
  acknowledged: 'Acknowledged today:',
  invalidInput: 'Invalid date and time ({field}): use ISO with an offset, e.g. 2026-11-27T16:30+07:00.',
  unknownCode: 'The procedure or agency is not in the portal\'s catalog.',
  loading: 'Checking the appointment…',
  retry: 'Try again',
};

/** The Friday warning's messages, Vietnamese first (the verdicts themselves are `rulesMessages`). */
export const fridayWarningMessages: MessageCatalog<typeof vi> = { vi, en };
