import type { MessageCatalog } from '@cqtt/core';

const vi = {
  region: 'Khẩu hiệu và thông báo',
  pause: 'Tạm dừng',
  play: 'Tiếp tục chạy',
  previous: 'Trước',
  next: 'Tiếp',
  page: '{current}/{total}',
  pageLabel: 'Thông báo {current} trên {total}',
  kindSlogan: 'Khẩu hiệu',
  kindReminder: 'Nhắc việc',
  kindHotline: 'Đường dây nóng',
  clock: 'Giờ Việt Nam',
  lunar: 'Âm lịch: ngày {day} tháng {month} năm {year}',
  lunarLeapMonth: '{month} nhuận',
  sameDayHeading: 'Thủ tục giải quyết trong ngày',
  sameDayHeadingAgency: 'Thủ tục giải quyết trong ngày: {agency}',
} as const;

const en: { readonly [K in keyof typeof vi]: string } = {
  region: 'Slogans and notices',
  pause: 'Pause',
  play: 'Resume scrolling',
  previous: 'Previous',
  next: 'Next',
  page: '{current}/{total}',
  pageLabel: 'Notice {current} of {total}',
  kindSlogan: 'Slogan',
  kindReminder: 'Reminder',
  kindHotline: 'Hotline',
  clock: 'Vietnam time',
  lunar: 'Lunar date: day {day}, month {month}, year {year}',
  lunarLeapMonth: '{month} (leap)',
  sameDayHeading: 'Procedures resolved the same day',
  sameDayHeadingAgency: 'Procedures resolved the same day: {agency}',
};

/** The slogan ticker's messages, Vietnamese first. */
export const tickerMessages: MessageCatalog<typeof vi> = { vi, en };
