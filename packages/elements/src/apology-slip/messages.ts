import type { MessageCatalog } from '@cqtt/core';

const vi = {
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

const en: { readonly [K in keyof typeof vi]: string } = {
  title: 'Apology slip with a new return date',
  intro: 'Dear {applicant},',
  introNoName: 'Dear applicant,',
  apology: '{agency} apologises that the result of the dossier below was not returned on time, and sets a new return date.',
  receipt: 'Receipt number',
  applicant: 'Applicant',
  procedure: 'Procedure',
  received: 'Received',
  originalAppointment: 'Original return date',
  reason: 'Reason',
  defaultReason: 'The dossier needs more time to be examined and resolved.',
  newDate: 'New return date',
  newDateHint: 'A working day after today ({today}).',
  reasonRequired: 'Please enter the reason.',
  dateInvalid: 'Please choose a valid date.',
  dateNotWorking: '{date} is not a working day.',
  dateTooEarly: 'The new date must be after today ({today}).',
  print: 'Print the slip',
  send: 'Send',
  loading: 'Loading the dossier…',
  retry: 'Try again',
};

/** The apology slip's messages, Vietnamese first. */
export const apologySlipMessages: MessageCatalog<typeof vi> = { vi, en };
