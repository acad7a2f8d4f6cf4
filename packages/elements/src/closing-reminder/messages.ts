import type { LazyMessageCatalog } from '@cqtt/core';

/** Vietnamese, the reference: English must carry exactly the same keys. */
export const closingReminderMessagesVi = {
  title: 'Nhắc việc: chưa kết thúc hồ sơ',
  body: 'Hồ sơ {id} đã giải quyết lúc {completed} ({ago} trước) nhưng chưa bấm "Kết thúc hồ sơ". Hệ thống tính đúng hạn theo thời điểm kết thúc, nên hồ sơ sẽ bị tính là trễ hạn.',
  close: 'Kết thúc hồ sơ',
  closing: 'Đang kết thúc hồ sơ…',
  closed: 'Đã kết thúc hồ sơ {id}.',
  failed: 'Chưa kết thúc được hồ sơ: {reason}',
  retryClose: 'Thử kết thúc lại',
  loading: 'Đang tải hồ sơ…',
  retry: 'Thử lại',
} as const;

/** The closing reminder's messages, the English ones fetched only by a page in English. */
export const closingReminderMessages: LazyMessageCatalog<typeof closingReminderMessagesVi> = {
  vi: closingReminderMessagesVi,
  loadEn: () => import('./messages-en.js').then((module) => module.closingReminderMessagesEn),
};
