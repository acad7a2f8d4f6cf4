import type { LazyMessageCatalog } from '@cqtt/core';

/** Vietnamese, the reference: English must carry exactly the same keys. */
export const apologySlipMessagesVi = {
  title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
  intro: 'Kính gửi Ông/Bà {applicant},',
  introNoName: 'Kính gửi Ông/Bà,',
  apology: '{agency} xin lỗi Ông/Bà vì hồ sơ dưới đây chưa trả kết quả đúng hẹn, và xin hẹn lại ngày trả kết quả.',
  receipt: 'Số biên nhận',
  applicant: 'Người nộp hồ sơ',
  procedure: 'Thủ tục',
  received: 'Ngày tiếp nhận',
  originalAppointment: 'Ngày hẹn trả ban đầu',
  reason: 'Lý do',
  defaultReason: 'Hồ sơ cần thêm thời gian để thẩm định và giải quyết.',
  newDate: 'Ngày hẹn trả mới',
  newDateHint: 'Ngày làm việc, sau hôm nay ({today}).',
  reasonRequired: 'Vui lòng nhập lý do.',
  dateInvalid: 'Vui lòng chọn một ngày hợp lệ.',
  dateNotWorking: '{date} không phải ngày làm việc.',
  dateTooEarly: 'Ngày hẹn mới phải sau hôm nay ({today}).',
  print: 'In phiếu',
  send: 'Gửi',
  loading: 'Đang tải hồ sơ…',
  retry: 'Thử lại',
} as const;

/** The apology slip's messages, the English ones fetched only by a page in English. */
export const apologySlipMessages: LazyMessageCatalog<typeof apologySlipMessagesVi> = {
  vi: apologySlipMessagesVi,
  loadEn: () => import('./messages-en.js').then((module) => module.apologySlipMessagesEn),
};
