/**
 * "4 xin, 4 luôn, 5 không": the conduct the plan (Kế hoạch 190/KH-UBND, section II.1) asks of every civil
 * servant: the survey's criteria, and the ticker's built-in slogans (`slogan-messages.ts`). Wording as in the plan.
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
