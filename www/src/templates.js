// "Tạo văn bản mới": skeletons of the common administrative documents, laid out as the templates
// of Nghị định 30/2020/NĐ-CP Phụ lục III (spec §5.3) in plain text, one component per line.
//
// Placeholders are what drafters already use on paper: "…" where a word goes, a blank number
// (`Số:      /TB-…`) and a blank day and month (`ngày    tháng    năm 2026`) that the issuing
// office fills in when the document is signed. The checker accepts all of them in draft mode
// (the blank number and day are `info`): tests/node/page-content.test.mjs checks every template
// with check() and requires no error and no warning.
//
// Pure data and string functions: no DOM, so the tests import this module in Node.
//
// A template's text is a list of blocks with one blank line between them: the header (issuer,
// national title and motto, number and date), the body (what each template states), the footer
// (recipients, signature). A block is one line or a list of lines.

/** The blank a drafter leaves for the document number and the day and month of issue. */
const BLANK_NUMBER = '      ';
const BLANK = '    ';

/** The date line of the header: place, blank day and month, the year of `year`. */
const dateLine = (year) => `…, ngày${BLANK}tháng${BLANK}năm ${year}`;

const NATIONAL = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

/** The issuers of the templates, for header(): a body of the province, or the province itself. */
const VAN_PHONG = { issuer: 'VĂN PHÒNG' };
const SO = { issuer: 'SỞ …' };
const UBND_TINH = { parent: null, issuer: 'ỦY BAN NHÂN DÂN\nTỈNH …' };

/** Header blocks: issuing body (parent body first), national title and motto, number and date line. */
function header({ parent = 'ỦY BAN NHÂN DÂN TỈNH …', issuer, symbol, year, subject }) {
  return [
    parent ? [parent, issuer] : issuer,
    NATIONAL,
    [`Số:${BLANK_NUMBER}/${symbol}`, ...(subject ? [subject] : []), dateLine(year)],
  ];
}

/** The signature of the Văn phòng's templates: signed for the chief by a deputy. */
const VP_SIGNER = { authority: ['KT. CHÁNH VĂN PHÒNG'], position: 'PHÓ CHÁNH VĂN PHÒNG' };

/**
 * Footer blocks: "Nơi nhận:" (each recipient, then the copy kept: `- Lưu: VT, ….`) and the
 * signature: authority lines (TM., KT.), position, the space for the signature, name.
 */
function footer({ recipients = ['…', '…'], archive = 'VT, …', authority = [], position, name = 'Nguyễn Văn A' }) {
  return [
    ['Nơi nhận:', ...recipients.map((r) => `- ${r};`), `- Lưu: ${archive}.`],
    [...authority, position, '', '', name],
  ];
}

/** The text of a document made of header, body and footer blocks. */
const page = (...parts) =>
  parts
    .flat()
    .map((block) => (Array.isArray(block) ? block.join('\n') : block))
    .join('\n\n');

/**
 * The templates, in menu order. `id` is stable (tests, localStorage); `type` is the document type
 * slug the checker must detect; `label` and `hint` are shown in the menu ({ vi, en }).
 * `text(year)` builds the skeleton.
 */
export const TEMPLATES = [
  {
    id: 'thong-bao',
    type: 'thong-bao',
    label: { vi: 'Thông báo', en: 'Notice (thông báo)' },
    hint: { vi: 'Thông báo, thông báo kết luận cuộc họp (Mẫu 1.4)', en: 'Notice, meeting conclusions (form 1.4)' },
    text: (year) =>
      page(
        header({ ...VAN_PHONG, symbol: 'TB-VP', year }),
        [
          ['THÔNG BÁO', 'Kết luận của … tại cuộc họp về …'],
          `Ngày … tháng … năm ${year}, … chủ trì cuộc họp về … Tham dự cuộc họp có … Sau khi nghe … báo cáo và ý kiến của các đại biểu dự họp, … kết luận như sau:`,
          '1. …',
          '2. …',
          'Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
        ],
        footer(VP_SIGNER),
      ),
  },
  {
    id: 'cong-van',
    type: 'cong-van',
    label: { vi: 'Công văn', en: 'Official letter (công văn)' },
    hint: { vi: 'Công văn có V/v và Kính gửi (Mẫu 1.5)', en: 'Letter with V/v and Kính gửi (form 1.5)' },
    text: (year) =>
      page(
        header({ ...UBND_TINH, symbol: 'UBND-VP', year, subject: 'V/v …' }),
        [
          ['Kính gửi:', '- …;', '- ….'],
          'Thực hiện …, Ủy ban nhân dân tỉnh đề nghị … như sau:',
          '1. …',
          '2. …',
          'Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.',
        ],
        footer({
          recipients: ['Như trên', '…'],
          authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
          position: 'PHÓ CHỦ TỊCH',
        }),
      ),
  },
  {
    id: 'quyet-dinh',
    type: 'quyet-dinh',
    label: { vi: 'Quyết định', en: 'Decision (quyết định)' },
    hint: { vi: 'Quyết định cá biệt, quy định trực tiếp (Mẫu 1.2)', en: 'Individual decision (form 1.2)' },
    text: (year) =>
      page(
        header({ ...UBND_TINH, symbol: 'QĐ-UBND', year }),
        [
          ['QUYẾT ĐỊNH', 'Về việc …'],
          'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …',
          'Căn cứ Luật Tổ chức chính quyền địa phương ngày … tháng … năm …;',
          'Căn cứ …;',
          'Theo đề nghị của ….',
          'QUYẾT ĐỊNH:',
          'Điều 1. …',
          'Điều 2. …',
          'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
          'Chánh Văn phòng Ủy ban nhân dân tỉnh, … và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
        ],
        footer({ recipients: ['Như Điều 3', '…'], position: 'CHỦ TỊCH' }),
      ),
  },
  {
    id: 'ke-hoach',
    type: 'ke-hoach',
    label: { vi: 'Kế hoạch', en: 'Plan (kế hoạch)' },
    hint: { vi: 'Kế hoạch thực hiện nhiệm vụ (Mẫu 1.4)', en: 'Plan (form 1.4)' },
    text: (year) =>
      page(
        header({ ...UBND_TINH, symbol: 'KH-UBND', year }),
        [
          ['KẾ HOẠCH', `Triển khai … năm ${year}`],
          'I. MỤC ĐÍCH, YÊU CẦU',
          '1. Mục đích',
          '…',
          '2. Yêu cầu',
          '…',
          'II. NHIỆM VỤ, GIẢI PHÁP',
          '…',
          'III. TỔ CHỨC THỰC HIỆN',
          '…/.',
        ],
        footer({ authority: ['TM. ỦY BAN NHÂN DÂN'], position: 'CHỦ TỊCH' }),
      ),
  },
  {
    id: 'bao-cao',
    type: 'bao-cao',
    label: { vi: 'Báo cáo', en: 'Report (báo cáo)' },
    hint: { vi: 'Báo cáo kết quả thực hiện (Mẫu 1.4)', en: 'Report (form 1.4)' },
    text: (year) =>
      page(
        header({ ...SO, symbol: 'BC-S…', year }),
        [
          ['BÁO CÁO', `Kết quả thực hiện … năm ${year}`],
          'I. KẾT QUẢ THỰC HIỆN',
          '…',
          'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
          '…',
          'III. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI',
          '…',
          `Trên đây là báo cáo kết quả thực hiện … năm ${year}./.`,
        ],
        footer({ position: 'GIÁM ĐỐC' }),
      ),
  },
  {
    id: 'to-trinh',
    type: 'to-trinh',
    label: { vi: 'Tờ trình', en: 'Submission (tờ trình)' },
    hint: { vi: 'Tờ trình lên cấp trên, có Kính gửi (Mẫu 1.4)', en: 'Submission to a superior, with Kính gửi (form 1.4)' },
    text: (year) =>
      page(
        header({ ...SO, symbol: 'TTr-S…', year }),
        [
          ['TỜ TRÌNH', 'Về việc …'],
          'Kính gửi: Ủy ban nhân dân tỉnh ….',
          'Căn cứ …;',
          'Sở … kính trình Ủy ban nhân dân tỉnh xem xét, quyết định … như sau:',
          '1. …',
          '2. …',
          'Sở … kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.',
        ],
        footer({ recipients: ['Như trên', '…'], position: 'GIÁM ĐỐC' }),
      ),
  },
  {
    id: 'giay-moi',
    type: 'giay-moi',
    label: { vi: 'Giấy mời', en: 'Invitation (giấy mời)' },
    hint: { vi: 'Giấy mời họp (Mẫu 1.7)', en: 'Meeting invitation (form 1.7)' },
    text: (year) =>
      page(
        header({ ...VAN_PHONG, symbol: 'GM-VP', year }),
        [
          ['GIẤY MỜI', 'Họp về …'],
          'Văn phòng Ủy ban nhân dân tỉnh trân trọng kính mời: …',
          'Tới dự cuộc họp về …',
          'Chủ trì: …',
          `Thời gian: … giờ …, ngày … tháng … năm ${year}.`,
          'Địa điểm: …',
          'Đề nghị … chuẩn bị nội dung liên quan, gửi về Văn phòng Ủy ban nhân dân tỉnh trước cuộc họp./.',
        ],
        footer(VP_SIGNER),
      ),
  },
  {
    id: 'giay-gioi-thieu',
    type: 'giay-gioi-thieu',
    label: { vi: 'Giấy giới thiệu', en: 'Letter of introduction (giấy giới thiệu)' },
    hint: { vi: 'Giấy giới thiệu công tác (Mẫu 1.8)', en: 'Letter of introduction (form 1.8)' },
    text: (year) =>
      page(
        header({ ...SO, symbol: 'GGT-S…', year }),
        [
          'GIẤY GIỚI THIỆU',
          'Sở … trân trọng giới thiệu:',
          'Ông (bà): …',
          'Chức vụ: …',
          'Được cử đến: …',
          'Về việc: …',
          'Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên ở trên hoàn thành nhiệm vụ.',
          `Giấy này có giá trị đến hết ngày … tháng … năm ${year}./.`,
        ],
        footer({ recipients: ['Như trên'], archive: 'VT', position: 'GIÁM ĐỐC' }),
      ),
  },
  {
    id: 'bien-ban',
    type: 'bien-ban',
    label: { vi: 'Biên bản', en: 'Minutes (biên bản)' },
    hint: { vi: 'Biên bản cuộc họp (Mẫu 1.9)', en: 'Minutes of a meeting (form 1.9)' },
    text: (year) =>
      page(
        header({ ...SO, symbol: 'BB-S…', year }),
        [
          ['BIÊN BẢN', 'Cuộc họp …'],
          `Thời gian bắt đầu: … giờ …, ngày … tháng … năm ${year}.`,
          'Địa điểm: …',
          'Thành phần tham dự: …',
          'Chủ trì (chủ tọa): …',
          'Thư ký (người ghi biên bản): …',
          'Nội dung (theo diễn biến cuộc họp): …',
          `Cuộc họp kết thúc vào … giờ …, ngày … tháng … năm ${year}./.`,
        ],
        footer({ recipients: ['…'], archive: 'VT, Hồ sơ', position: 'CHỦ TỌA' }),
      ),
  },
];

/** The template with this id, or undefined. */
export function templateById(id) {
  return TEMPLATES.find((t) => t.id === id);
}
