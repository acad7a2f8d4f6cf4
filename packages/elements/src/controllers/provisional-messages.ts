import type { LazyMessageCatalog } from '@cqtt/core';

/** Vietnamese, the reference: English must carry exactly the same keys. */
export const provisionalMessagesVi = {
  provisional: 'dự kiến',
  provisionalReason: 'Lịch nghỉ năm {years} chưa được công bố: ngày này tính theo Bộ luật Lao động, có thể thay đổi khi lịch được công bố.',
} as const;

/** The "dự kiến" mark's texts, shared by the badge, the Friday warning and the apology slip. */
export const provisionalMessages: LazyMessageCatalog<typeof provisionalMessagesVi> = {
  vi: provisionalMessagesVi,
  loadEn: () => import('./provisional-messages-en.js').then((module) => module.provisionalMessagesEn),
};
