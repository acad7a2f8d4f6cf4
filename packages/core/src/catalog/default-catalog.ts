import type { Agency, Catalog, Procedure, SameDayRegistration } from './model.js';

/*
 * The two appendices of Kế hoạch 190/KH-UBND (8/8/2023) of UBND thị xã Phước Long, transcribed as written.
 * Codes follow the scheme of `codes.ts`. Procedure names are the first spelling met, with a capital first letter;
 * each registration keeps the row's own spelling in `asWritten`.
 */

const town = 'thi-xa-phuoc-long';
const sameDay = { kind: 'same-day' } as const;
const cutOff = '15:00';

function department(slug: string, name: string, model: Agency['model'], registersProcedures: boolean): Agency {
  return { code: `${town}/${slug}`, name, level: 'department', parentCode: town, model, fridayRule: registersProcedures };
}

function ward(slug: string, name: string, level: 'ward' | 'commune', modelName: string, document: string): Agency {
  return { code: `${town}/${slug}`, name, level, parentCode: town, model: { registered: true, name: modelName, document }, fridayRule: true };
}

const agencies: readonly Agency[] = [
  {
    code: town,
    name: 'Thị xã Phước Long',
    level: 'district',
    model: { registered: true, name: 'Chính quyền thân thiện', document: 'Kế hoạch số 190/KH-UBND ngày 8/8/2023' },
    fridayRule: false,
  },
  // Phụ lục 1: the town's departments and offices.
  department('thanh-tra-thi-xa', 'Thanh tra thị xã', { registered: false, document: 'Báo cáo số 35/BC-TTr ngày 27/6/2023' }, false),
  department(
    'phong-lao-dong-thuong-binh-va-xa-hoi',
    'Phòng Lao động-Thương binh và Xã hội',
    { registered: true, name: 'Chính quyền thân thiện', document: 'Báo cáo số 23/BC-LĐ,TBXH ngày 26/6/2023' },
    true,
  ),
  department('phong-van-hoa-va-thong-tin', 'Phòng Văn hóa và Thông Tin', { registered: false, document: 'Báo cáo số 95/BC-PVHTT ngày 03/6/2023' }, false),
  department('phong-kinh-te', 'Phòng Kinh tế', { registered: false, document: 'Công văn số 240/PKT ngày 27/6/2023' }, false),
  department(
    'phong-tai-chinh-ke-hoach',
    'Phòng Tài chính Kế hoạch',
    { registered: true, name: 'Chính quyền thân thiện', document: 'Công văn số 166/TCKH ngày 27/6/2023' },
    true,
  ),
  department(
    'phong-quan-ly-do-thi',
    'Phòng Quản lý đô thị',
    { registered: true, name: 'Chính quyền thân thiện', document: 'Công văn số 93/QLĐT ngày 26/6/2023' },
    true,
  ),
  department('phong-tu-phap', 'Phòng Tư Pháp', { registered: true, name: 'Chính quyền thân thiện', document: 'Báo cáo số 78/BC-TP ngày 26/6/2023' }, true),
  department(
    'van-phong-hdnd-ubnd',
    'Văn phòng HĐND&UBND',
    { registered: true, name: 'Chính quyền thân thiện', document: 'Công văn số 51/VP ngày 04/7/2023' },
    false,
  ),
  department('phong-noi-vu', 'Phòng Nội vụ', { registered: true, name: 'Chính quyền thân thiện' }, true),
  department(
    'phong-giao-duc-va-dao-tao',
    'Phòng Giáo dục và Đào tạo',
    { registered: true, name: 'Bốn tại chỗ', description: 'Tiếp nhận, thẩm định, phê duyệt, trả kết quả' },
    true,
  ),
  // Phụ lục 2: the wards and communes.
  ward('phuong-long-thuy', 'Phường Long Thủy', 'ward', 'Nâng cao chất lượng phục vụ nhân dân tại bộ phận một cửa', 'Công văn số 88/CV-UBND ngày 27/6/2023'),
  ward('phuong-thac-mo', 'Phường Thác Mơ', 'ward', 'Chính quyền thân thiện trong giải quyết TTHC', 'Báo cáo số 104/BC-UBND ngày 27/6/2023'),
  ward('phuong-son-giang', 'Phường Sơn Giang', 'ward', '5 biết và 3 thể hiện', 'Báo cáo số 125/BC-UBND ngày 26/6/2023'),
  ward('phuong-long-phuoc', 'Phường Long Phước', 'ward', 'Chính quyền thân thiện', 'Báo cáo số 98/BC-UBND ngày 27/6/2023'),
  ward('phuong-phuoc-binh', 'Phường Phước Bình', 'ward', 'Chính quyền thân thiện', 'Báo cáo số 128/BC-UBND ngày 23/6/2023'),
  ward('xa-long-giang', 'Xã Long Giang', 'commune', 'Chính quyền thân thiện 3 biết, 3 không', 'Báo cáo số 119/BC-UBND ngày 22/6/2023'),
  ward('xa-phuoc-tin', 'Xã Phước Tín', 'commune', 'Chính quyền thân thiện', 'Báo cáo số 86/BC-UBND ngày 27/6/2023'),
];

function procedure(code: string, name: string, field: string, note?: string): Procedure {
  const base: Procedure = { code, name, kind: 'procedure', field, timeLimit: sameDay, cutOff };
  return note === undefined ? base : { ...base, note };
}

const laborField = 'Lao động - Thương binh và Xã hội';
const civilStatus = 'Hộ tịch';
const certification = 'Chứng thực';

const procedures: readonly Procedure[] = [
  // Cấp huyện (Phụ lục 1).
  procedure('cqtt:huyen:thu-tuc-giai-quyet-che-do-mai-tang-phi', 'Thủ tục giải quyết chế độ mai táng phí', laborField),
  procedure('cqtt:huyen:dang-ky-thanh-lap-ho-kinh-doanh', 'Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh'),
  procedure('cqtt:huyen:thu-tuc-gia-han-giay-phep-xay-dung', 'Thủ tục gia hạn giấy phép xây dựng', 'Xây dựng'),
  procedure('cqtt:huyen:cap-lai-giay-phep-xay-dung', 'Cấp lại giấy phép xây dựng', 'Xây dựng'),
  { code: 'cqtt:huyen:linh-vuc-ho-tich', name: 'Lĩnh vực hộ tịch', kind: 'field', field: civilStatus, timeLimit: sameDay, cutOff },
  procedure(
    'cqtt:huyen:thu-tuc-tang-giay-khen-cua-chu-tich-ubnd-cap-huyen-ve-thanh-tich-dot-xuat',
    'Thủ tục Tặng giấy khen của Chủ tịch UBND cấp huyện về thành tích đột xuất',
    'Thi đua - Khen thưởng',
  ),
  procedure('cqtt:huyen:chuyen-truong-doi-voi-hoc-sinh-trung-hoc-co-so', 'Chuyển trường đối với học sinh Trung học cơ sở', 'Giáo dục và Đào tạo'),
  procedure('cqtt:huyen:chuyen-truong-doi-voi-hoc-sinh-tieu-hoc', 'Chuyển trường đối với học sinh Tiểu học', 'Giáo dục và Đào tạo'),
  // Cấp xã (Phụ lục 2).
  procedure('cqtt:xa:chung-thuc-sao-y-ban-chinh', 'Chứng thực sao y bản chính', certification),
  procedure('cqtt:xa:chung-thuc-hop-dong-giao-dich', 'Chứng thực hợp đồng giao dịch', certification),
  procedure('cqtt:xa:chung-thuc-chu-ky', 'Chứng thực chữ ký', certification),
  procedure('cqtt:xa:dang-ky-khai-sinh', 'Đăng ký khai sinh', civilStatus),
  procedure('cqtt:xa:dang-ky-khai-tu', 'Đăng ký khai tử', civilStatus),
  procedure('cqtt:xa:dang-ky-ket-hon', 'Đăng ký kết hôn', civilStatus),
  procedure('cqtt:xa:xac-nhan-tinh-trang-hon-nhan', 'Xác nhận tình trạng hôn nhân', civilStatus),
  procedure(
    'cqtt:xa:chung-thuc-ban-sau-tu-ban-chinh',
    'Chứng thực bản sau từ bản chính',
    certification,
    'As written in the plan; probably "Chứng thực bản sao từ bản chính" ("bản sau" for "bản sao").',
  ),
  procedure(
    'cqtt:xa:cap-ban-sau-luc-ho-tich',
    'Cấp bản sau lục hộ tịch',
    civilStatus,
    'As written in the plan; probably "Cấp bản sao trích lục hộ tịch" ("bản sau lục" for "bản sao trích lục").',
  ),
  procedure(
    'cqtt:xa:cap-giay-xac-nhan-tinh-trang-hon-nhan',
    'Cấp giấy xác nhận tình trạng hôn nhân',
    civilStatus,
    'Probably the same national procedure as "Xác nhận tình trạng hôn nhân", worded differently by another commune.',
  ),
  procedure(
    'cqtt:xa:cap-sao-trich-luc-ho-tich',
    'Cấp sao trích lục hộ tịch',
    civilStatus,
    'Xã Phước Tín joins it to "Xác nhận tình trạng hôn nhân" with "và"; probably "Cấp bản sao trích lục hộ tịch".',
  ),
];

function registrations(agencySlug: string, rows: readonly (readonly [procedureCode: string, asWritten: string])[]): SameDayRegistration[] {
  return rows.map(([procedureCode, asWritten]) => ({ agencyCode: `${town}/${agencySlug}`, procedureCode, asWritten }));
}

const sameDayRegistrations: readonly SameDayRegistration[] = [
  ...registrations('phong-lao-dong-thuong-binh-va-xa-hoi', [
    ['cqtt:huyen:thu-tuc-giai-quyet-che-do-mai-tang-phi', 'Thủ tục giải quyết chế độ mai táng phí'],
  ]),
  ...registrations('phong-tai-chinh-ke-hoach', [['cqtt:huyen:dang-ky-thanh-lap-ho-kinh-doanh', 'Đăng ký thành lập hộ kinh doanh']]),
  ...registrations('phong-quan-ly-do-thi', [
    ['cqtt:huyen:thu-tuc-gia-han-giay-phep-xay-dung', 'Thủ tục gia hạn giấy phép xây dựng'],
    ['cqtt:huyen:cap-lai-giay-phep-xay-dung', 'Cấp lại giấy phép xây dựng'],
  ]),
  ...registrations('phong-tu-phap', [['cqtt:huyen:linh-vuc-ho-tich', 'Lĩnh vực hộ tịch']]),
  ...registrations('phong-noi-vu', [
    [
      'cqtt:huyen:thu-tuc-tang-giay-khen-cua-chu-tich-ubnd-cap-huyen-ve-thanh-tich-dot-xuat',
      'Thủ tục Tặng giấy khen của Chủ tịch UBND cấp huyện về thành tích đột xuất',
    ],
  ]),
  ...registrations('phong-giao-duc-va-dao-tao', [
    ['cqtt:huyen:chuyen-truong-doi-voi-hoc-sinh-trung-hoc-co-so', 'Chuyển trường đối với học sinh Trung học cơ sở'],
    ['cqtt:huyen:chuyen-truong-doi-voi-hoc-sinh-tieu-hoc', 'Chuyển trường đối với học sinh Tiểu học'],
  ]),
  ...registrations('phuong-long-thuy', [
    ['cqtt:xa:chung-thuc-sao-y-ban-chinh', 'Chứng thực sao y bản chính'],
    ['cqtt:xa:chung-thuc-hop-dong-giao-dich', 'chứng thực hợp đồng giao dịch'],
    ['cqtt:xa:chung-thuc-chu-ky', 'chứng thực chữ ký'],
  ]),
  ...registrations('phuong-thac-mo', [
    ['cqtt:xa:dang-ky-khai-sinh', 'Đăng ký khai sinh'],
    ['cqtt:xa:dang-ky-khai-tu', 'đăng ký khai tử'],
    ['cqtt:xa:dang-ky-ket-hon', 'đăng ký kết hôn'],
    ['cqtt:xa:xac-nhan-tinh-trang-hon-nhan', 'xác nhận tình trạng hôn nhân'],
    ['cqtt:xa:chung-thuc-sao-y-ban-chinh', 'chứng thực sao y bản chính'],
  ]),
  ...registrations('phuong-son-giang', [
    ['cqtt:xa:dang-ky-khai-tu', 'Đăng ký khai tử'],
    ['cqtt:xa:dang-ky-ket-hon', 'đăng ký kết hôn'],
  ]),
  ...registrations('phuong-long-phuoc', [
    ['cqtt:xa:chung-thuc-chu-ky', 'Chứng thực chữ ký'],
    ['cqtt:xa:chung-thuc-ban-sau-tu-ban-chinh', 'chứng thực bản sau từ bản chính'],
    ['cqtt:xa:dang-ky-ket-hon', 'đăng ký kết hôn'],
    ['cqtt:xa:dang-ky-khai-tu', 'đăng ký khai tử'],
    ['cqtt:xa:cap-ban-sau-luc-ho-tich', 'cấp bản sau lục hộ tịch'],
  ]),
  ...registrations('phuong-phuoc-binh', [
    ['cqtt:xa:dang-ky-ket-hon', 'Đăng ký kết hôn'],
    ['cqtt:xa:dang-ky-khai-tu', 'đăng ký khai tử'],
    ['cqtt:xa:chung-thuc-chu-ky', 'chứng thực chữ ký'],
    ['cqtt:xa:chung-thuc-ban-sau-tu-ban-chinh', 'chứng thực bản sau từ bản chính'],
  ]),
  ...registrations('xa-long-giang', [['cqtt:xa:cap-giay-xac-nhan-tinh-trang-hon-nhan', 'Cấp giấy xác nhận tình trạng hôn nhân']]),
  ...registrations('xa-phuoc-tin', [
    ['cqtt:xa:xac-nhan-tinh-trang-hon-nhan', 'Xác nhận tình trạng hôn nhân'],
    ['cqtt:xa:cap-sao-trich-luc-ho-tich', 'cấp sao trích lục hộ tịch'],
  ]),
];

/**
 * The plan's catalog as of August 2023: the two appendices of Kế hoạch 190/KH-UBND (8/8/2023) of UBND thị xã
 * Phước Long, transcribed exactly (Vietnamese, NFC). The town (`thi-xa-phuoc-long`, level district) is the parent
 * of its 10 departments and offices (Phụ lục 1, the three that did not register included, with their documents)
 * and of its 5 wards and 2 communes (Phụ lục 2). Every listed procedure is same-day with the 15:00 cut-off;
 * Phòng Tư Pháp's "Lĩnh vực hộ tịch" is one entry of kind `field`. The Friday rule is on for the agencies that
 * registered procedures. Codes follow the scheme of `catalogSlug` (codes.ts); probable typos are kept and explained in
 * `note`. It is seed data: a live portal's catalog (loaded with `loadCatalog`) replaces it.
 */
export const defaultCatalog: Catalog = {
  agencies,
  procedures,
  sameDay: sameDayRegistrations,
};
