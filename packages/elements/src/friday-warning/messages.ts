import type { LazyMessageCatalog } from '@cqtt/core';

/** Vietnamese, the reference: English must carry exactly the same keys. */
export const fridayWarningMessagesVi = {
  title: 'Cảnh báo: thứ Sáu không hẹn qua tuần',
  acknowledge: 'Đã hiểu',
  acknowledged: 'Đã xác nhận hôm nay:',
  invalidInput: 'Ngày giờ không hợp lệ ({field}): cần dạng ISO có múi giờ, ví dụ 2026-11-27T16:30+07:00.',
  unknownCode: 'Không tìm thấy thủ tục hoặc đơn vị trong danh mục của hệ thống.',
  loading: 'Đang kiểm tra ngày hẹn…',
  retry: 'Thử lại',
} as const;

/**
 * The Friday warning's messages, the English ones fetched only by a page in English (the verdicts themselves are
 * `lazyRulesMessages`).
 */
export const fridayWarningMessages: LazyMessageCatalog<typeof fridayWarningMessagesVi> = {
  vi: fridayWarningMessagesVi,
  loadEn: () => import('./messages-en.js').then((module) => module.fridayWarningMessagesEn),
};
