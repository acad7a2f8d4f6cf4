import type { LazyMessageCatalog } from '../i18n/catalog.js';

/**
 * The slogans the plan (Kế hoạch 190/KH-UBND) puts on the hall's LED screen, built from its principles
 * (`principles.ts`), and the reminder to close resolved dossiers: the ticker's built-in lines and the server's first
 * messages, in this order. Kept apart from the principles, so a page with only the ticker does not download the
 * survey's criteria, and the English apart from the Vietnamese, so only a page in English downloads it.
 */
export const defaultSloganTextsVi = {
  'slogan-bon-xin': '“4 xin”: Xin chào, xin lỗi, xin cảm ơn, xin phép',
  'slogan-bon-luon': '“4 luôn”: Luôn mỉm cười, luôn nhẹ nhàng, luôn lắng nghe, luôn giúp đỡ',
  'slogan-nam-khong':
    '“5 không”: Không cửa quyền, hách dịch, gây khó khăn, phiền hà; không quan liêu, vô cảm, vô trách nhiệm; không tham nhũng, lãng phí, lợi ích nhóm; không xu nịnh, chạy chọt, gian dối; không lợi dụng chức vụ, quyền hạn trong thực thi công vụ',
  'reminder-close-dossier': 'Giải quyết xong hồ sơ, nhớ bấm “Kết thúc hồ sơ” ngay trên hệ thống',
} as const;

export type DefaultSloganId = keyof typeof defaultSloganTextsVi;

/** The built-in lines for a browser page: the English texts are fetched only by a page in English. */
export const lazyDefaultSlogans: LazyMessageCatalog<typeof defaultSloganTextsVi> = {
  vi: defaultSloganTextsVi,
  loadEn: () => import('./slogan-messages-en.js').then((module) => module.defaultSloganTextsEn),
};
