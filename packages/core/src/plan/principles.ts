/**
 * "4 xin, 4 luôn, 5 không": the conduct the plan (Kế hoạch 190/KH-UBND, section II.1) asks of every civil
 * servant. They are the ticker's default content and the survey's criteria. Wording as in the plan.
 */
export type PrincipleGroup = 'bon-xin' | 'bon-luon' | 'nam-khong';

export interface Principle {
  /** Stable id, stored with survey answers. */
  readonly id: string;
  readonly group: PrincipleGroup;
  readonly vi: string;
  readonly en: string;
}

export const principleGroups: readonly { readonly id: PrincipleGroup; readonly vi: string; readonly en: string }[] = [
  { id: 'bon-xin', vi: '4 xin', en: 'The four "please"' },
  { id: 'bon-luon', vi: '4 luôn', en: 'The four "always"' },
  { id: 'nam-khong', vi: '5 không', en: 'The five "never"' },
];

export const principles: readonly Principle[] = [
  { id: 'xin-chao', group: 'bon-xin', vi: 'Xin chào', en: 'Greet' },
  { id: 'xin-loi', group: 'bon-xin', vi: 'Xin lỗi', en: 'Apologise' },
  { id: 'xin-cam-on', group: 'bon-xin', vi: 'Xin cảm ơn', en: 'Thank' },
  { id: 'xin-phep', group: 'bon-xin', vi: 'Xin phép', en: 'Ask permission' },
  { id: 'luon-mim-cuoi', group: 'bon-luon', vi: 'Luôn mỉm cười', en: 'Always smile' },
  { id: 'luon-nhe-nhang', group: 'bon-luon', vi: 'Luôn nhẹ nhàng', en: 'Always be gentle' },
  { id: 'luon-lang-nghe', group: 'bon-luon', vi: 'Luôn lắng nghe', en: 'Always listen' },
  { id: 'luon-giup-do', group: 'bon-luon', vi: 'Luôn giúp đỡ', en: 'Always help' },
  {
    id: 'khong-cua-quyen',
    group: 'nam-khong',
    vi: 'Không cửa quyền, hách dịch, gây khó khăn, phiền hà',
    en: 'No high-handedness, arrogance, obstruction or harassment',
  },
  {
    id: 'khong-quan-lieu',
    group: 'nam-khong',
    vi: 'Không quan liêu, vô cảm, vô trách nhiệm',
    en: 'No bureaucracy, indifference or irresponsibility',
  },
  {
    id: 'khong-tham-nhung',
    group: 'nam-khong',
    vi: 'Không tham nhũng, lãng phí, lợi ích nhóm',
    en: 'No corruption, waste or group interests',
  },
  {
    id: 'khong-xu-ninh',
    group: 'nam-khong',
    vi: 'Không xu nịnh, chạy chọt, gian dối',
    en: 'No flattery, string-pulling or deceit',
  },
  {
    id: 'khong-loi-dung',
    group: 'nam-khong',
    vi: 'Không lợi dụng chức vụ, quyền hạn trong thực thi công vụ',
    en: 'No abuse of position or power in public duty',
  },
];

/** The slogan the plan puts on the hall's LED screen, built from the principles. */
export const defaultSlogans: readonly { readonly id: string; readonly vi: string; readonly en: string }[] = [
  {
    id: 'slogan-bon-xin',
    vi: '“4 xin”: Xin chào, xin lỗi, xin cảm ơn, xin phép',
    en: 'The four "please": greet, apologise, thank, ask permission',
  },
  {
    id: 'slogan-bon-luon',
    vi: '“4 luôn”: Luôn mỉm cười, luôn nhẹ nhàng, luôn lắng nghe, luôn giúp đỡ',
    en: 'The four "always": smile, be gentle, listen, help',
  },
  {
    id: 'slogan-nam-khong',
    vi: '“5 không”: Không cửa quyền, hách dịch, gây khó khăn, phiền hà; không quan liêu, vô cảm, vô trách nhiệm; không tham nhũng, lãng phí, lợi ích nhóm; không xu nịnh, chạy chọt, gian dối; không lợi dụng chức vụ, quyền hạn trong thực thi công vụ',
    en: 'The five "never": no high-handedness or harassment; no bureaucracy or indifference; no corruption, waste or group interests; no flattery or deceit; no abuse of position in public duty',
  },
  {
    id: 'reminder-close-dossier',
    vi: 'Giải quyết xong hồ sơ, nhớ bấm “Kết thúc hồ sơ” ngay trên hệ thống',
    en: 'Resolved a dossier? Press "Close dossier" in the system right away',
  },
];
