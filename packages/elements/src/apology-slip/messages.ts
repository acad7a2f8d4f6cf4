import type { LazyMessageCatalog } from '@cqtt/core';

/** Vietnamese, the reference: English must carry exactly the same keys. */
export const apologySlipMessagesVi = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  number: 'Số: ………',
  dateLine: '{place}, ngày {day} tháng {month} năm {year}',
  title: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
  offer: 'Lập văn bản xin lỗi và đề nghị gia hạn (hồ sơ hẹn trả {due})',
  to: 'Kính gửi: Ông/Bà {applicant}.',
  received: '{agency} đã tiếp nhận hồ sơ của Ông/Bà:',
  dossier: 'Mã hồ sơ',
  procedure: 'Thủ tục',
  receivedAt: 'Ngày tiếp nhận',
  appointment: 'Ngày hẹn trả kết quả',
  reason: 'Hồ sơ không thể giải quyết xong đúng hẹn. Lý do',
  defaultReason: 'Hồ sơ cần thêm thời gian để thẩm định và giải quyết.',
  apology: '{agency} xin lỗi Ông/Bà vì sự chậm trễ này và đề nghị gia hạn thời gian giải quyết, hẹn trả kết quả vào ngày',
  newDateHint: 'Ngày làm việc, sau hôm nay ({today}).',
  thanks: 'Xin trân trọng cảm ơn sự hợp tác của Ông/Bà.',
  recipients: 'Nơi nhận:',
  recipientList: '- Như trên;\n- Lưu: VT.',
  signer: 'THỦ TRƯỞNG CƠ QUAN',
  signHint: '(Ký, ghi rõ họ tên và đóng dấu)',
  reasonRequired: 'Vui lòng nhập lý do.',
  dateInvalid: 'Vui lòng chọn một ngày hợp lệ.',
  dateNotWorking: '{date} không phải ngày làm việc.',
  dateTooEarly: 'Ngày hẹn mới phải sau hôm nay ({today}).',
  print: 'In văn bản',
  send: 'Gửi',
  loading: 'Đang tải hồ sơ…',
  retry: 'Thử lại',
} as const;

/** The apology document's messages, the English ones fetched only by a page in English. */
export const apologySlipMessages: LazyMessageCatalog<typeof apologySlipMessagesVi> = {
  vi: apologySlipMessagesVi,
  loadEn: () => import('./messages-en.js').then((module) => module.apologySlipMessagesEn),
};
