import type { MessageCatalog } from '@cqtt/core';

const vi = {
  title: 'Nhắc việc: chưa kết thúc hồ sơ',
  body: 'Hồ sơ {id} đã giải quyết lúc {completed} ({minutes} phút trước) nhưng chưa bấm "Kết thúc hồ sơ". Hệ thống tính đúng hạn theo thời điểm kết thúc, nên hồ sơ sẽ bị tính là trễ hạn.',
  close: 'Kết thúc hồ sơ',
  closing: 'Đang kết thúc hồ sơ…',
  closed: 'Đã kết thúc hồ sơ {id}.',
  failed: 'Chưa kết thúc được hồ sơ: {reason}',
  retryClose: 'Thử kết thúc lại',
  loading: 'Đang tải hồ sơ…',
  retry: 'Thử lại',
} as const;

const en: { readonly [K in keyof typeof vi]: string } = {
  title: 'Reminder: the dossier is not closed',
  body: 'Dossier {id} was resolved at {completed} ({minutes} minutes ago) but "Kết thúc hồ sơ" (close) was not pressed. The system counts timeliness from the closing time, so the dossier will count as late.',
  close: 'Close the dossier',
  closing: 'Closing the dossier…',
  closed: 'Dossier {id} is closed.',
  failed: 'The dossier could not be closed: {reason}',
  retryClose: 'Try closing again',
  loading: 'Loading the dossier…',
  retry: 'Try again',
};

/** The closing reminder's messages, Vietnamese first. */
export const closingReminderMessages: MessageCatalog<typeof vi> = { vi, en };
