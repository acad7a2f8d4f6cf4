import type { LazyMessageCatalog } from '@cqtt/core';

/** Vietnamese, the reference: English must carry exactly the same keys. */
export const tickerMessagesVi = {
  region: 'Khẩu hiệu và thông báo',
  pause: 'Tạm dừng',
  play: 'Tiếp tục chạy',
  previous: 'Trước',
  next: 'Tiếp',
  pageLabel: 'Thông báo {current} trên {total}',
  /** The kinds of message, keyed as `MessageKind`. */
  slogan: 'Khẩu hiệu',
  reminder: 'Nhắc việc',
  hotline: 'Đường dây nóng',
  clock: 'Giờ Việt Nam',
  lunar: 'Âm lịch: ngày {day} tháng {month} năm {year}',
  lunarLeapMonth: '{month} nhuận',
  sameDayHeading: 'Thủ tục giải quyết trong ngày',
} as const;

/** The slogan ticker's messages, the English ones fetched only by a page in English. */
export const tickerMessages: LazyMessageCatalog<typeof tickerMessagesVi> = {
  vi: tickerMessagesVi,
  loadEn: () => import('./messages-en.js').then((module) => module.tickerMessagesEn),
};
