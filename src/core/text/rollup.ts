/**
 * Vietnamese text of the province's roll-up (src/core/rollup, the `rollup` command, the ranking
 * workbook, the announcement and the Sheets "Tổng hợp các đơn vị" mode).
 */
const q = (s: unknown): string => `“${String(s)}”`;

/** Lines the unit's Tổng hợp carries for the roll-up (label in Lĩnh vực, value in Điểm tối đa). */
export const ROLLUP_BAND_TEXT = {
  unit: 'Đơn vị',
  province: 'Tỉnh, thành phố',
  year: 'Năm đánh giá',
  previousPercent: 'Chỉ số năm trước (%)',
  finalPoints: 'Điểm cuối cùng (thẩm định nếu có)',
  finalGroup: 'Phân nhóm (điểm cuối cùng)',
  finalRating: 'Xếp loại (điểm cuối cùng)',
  catalogueName: 'Bộ tiêu chí',
  fingerprint: 'Mã bộ tiêu chí',
  /** The last line: its presence says the sheet exposes the roll-up figures of this version. */
  version: 'Phiên bản số liệu tổng hợp',
} as const;

export const ROLLUP_TEXT = {
  // ---- reading a unit ---------------------------------------------------------------------
  notTracking: (what: string) => `${what}: không phải bảng theo dõi Chỉ số CCHC (không có tab Tổng hợp đúng mẫu).`,
  notScored: (what: string) =>
    `${what}: bảng theo dõi chưa tính điểm. Đơn vị cần bấm CCHC → Tính điểm (hoặc chạy lệnh “score”).`,
  olderVersion: (what: string) =>
    `${what}: bảng theo dõi dùng phiên bản cũ, tab Tổng hợp chưa có các dòng số liệu tổng hợp. Đơn vị cần cập nhật tiện ích rồi bấm CCHC → Tính điểm.`,
  unnamed: (file: string) => `(chưa ghi tên xã — ${file})`,

  // ---- ranking notes ----------------------------------------------------------------------
  duplicate: (name: string, others: string[]) =>
    `Trùng đơn vị ${q(name)} với: ${others.join('; ')}. Không gộp: kiểm tra và bỏ tệp thừa.`,
  mixedCatalogues: (n: number) =>
    `Các đơn vị được chấm theo ${n} bộ tiêu chí khác nhau: vị thứ chỉ xếp trong từng bộ tiêu chí, không so sánh được giữa các bộ.`,
  catalogueLabel: (letter: string, name: string, fingerprint: string, units: number) =>
    `Bộ ${letter}: ${name} (mã ${fingerprint}) — ${units} đơn vị`,
  unitErrors: (name: string, errors: number) => `${name}: bảng còn ${errors} lỗi — điểm có thể chưa đúng.`,
  noGroup: '(chưa phân nhóm)',
  noRating: '(chưa xếp loại)',

  // ---- the ranking table (workbook and Sheets tab) -------------------------------------
  title: (year: string) =>
    `KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH${year ? ` NĂM ${year}` : ''} CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU`,
  headers: {
    stt: 'STT',
    unit: 'Đơn vị',
    selfPoints: 'Điểm tự chấm',
    appraisedPoints: 'Điểm thẩm định',
    maxPoints: 'Điểm tối đa',
    index: 'Chỉ số (%)',
    rank: 'Vị thứ',
    group: 'Phân nhóm',
    rating: 'Xếp loại',
    change: 'Tăng/giảm so với năm trước (điểm %)',
    catalogue: 'Bộ tiêu chí',
    file: 'Tệp / nguồn',
    notes: 'Ghi chú',
    area: (code: string) => `LV ${code} (%)`,
  },

  // ---- Google Sheets: Tổng hợp các đơn vị -------------------------------------------------
  menu: 'Tổng hợp các đơn vị (Sở Nội vụ)',
  sourcesTab: 'Đơn vị nguồn',
  stagingTab: 'Dữ liệu nguồn (tự động)',
  rankingTab: 'Xếp hạng các đơn vị',
  sourcesHeaders: ['Tên đơn vị (để nhận diện)', 'Đường link bảng tính của đơn vị', 'Tình trạng đọc'],
  sourcesIntro:
    'Dán đường link bảng theo dõi Chỉ số CCHC của mỗi xã, phường, đặc khu vào cột B (mỗi dòng một đơn vị), rồi chọn CCHC → Tổng hợp các đơn vị.',
  allowAccessHelp:
    'Lần đầu đọc một bảng tính, Google Trang tính cần được cho phép: mở tab “Dữ liệu nguồn (tự động)”, bấm vào ô báo #REF! của đơn vị đó rồi bấm “Cho phép truy cập” (Allow access). Mỗi bảng nguồn chỉ cần cho phép một lần; người bấm phải có quyền xem bảng tính của đơn vị.',
  statusOk: 'Đã đọc',
  noAccess: (what: string) =>
    `${what}: chưa đọc được (#REF!). Chưa cho phép truy cập bảng tính này, hoặc người dùng không có quyền xem, hoặc đường link sai. Mở tab “Dữ liệu nguồn (tự động)”, bấm vào ô #REF! của đơn vị và chọn “Cho phép truy cập”; nếu vừa cho phép, chờ ít phút cho số liệu tải xong rồi chạy lại.`,
  loading: (what: string) => `${what}: số liệu đang được tải. Chờ ít phút rồi chọn lại CCHC → Tổng hợp các đơn vị.`,
  badUrl: (what: string, url: string) =>
    `${what}: đường link ${q(url)} không phải đường link Google Trang tính (https://docs.google.com/spreadsheets/d/…).`,
  sourcesCreatedTitle: 'Đã tạo tab Đơn vị nguồn',
  sourcesCreated:
    'Dán đường link bảng tính của từng đơn vị vào tab “Đơn vị nguồn”, rồi chọn lại CCHC → Tổng hợp các đơn vị.',
  noSourcesTitle: 'Chưa có đơn vị nguồn',
  noSources: 'Tab “Đơn vị nguồn” chưa có đường link nào ở cột B.',
  doneTitle: 'Tổng hợp các đơn vị',
  done: (ranked: number, failed: number) =>
    `Đã xếp hạng ${ranked} đơn vị trong tab “Xếp hạng các đơn vị”.` +
    (failed > 0 ? ` ${failed} đơn vị chưa đọc được: xem cột “Tình trạng đọc” của tab “Đơn vị nguồn”.` : ''),
  busy: 'Đang có người tổng hợp các đơn vị. Chờ ít phút rồi thử lại.',
  tabTaken: (name: string) => `Tab ${q(name)} đang chứa nội dung khác; đổi tên tab đó rồi chạy lại.`,
  tabTakenHint: 'Tiện ích không ghi đè nội dung không do nó tạo ra.',
} as const;

/** The offline side only (ranking workbook, announcement, CLI): kept out of the Apps Script bundle. */
export const ROLLUP_OFFLINE_TEXT = {
  // ---- the ranking workbook ---------------------------------------------------------------
  sheetRanking: 'Xếp hạng',
  sheetNotes: 'Ghi chú',
  sheetCounts: 'Thống kê',
  countsHeaders: { kind: 'Loại', label: 'Mức', count: 'Số đơn vị' },
  countKindGroup: 'Phân nhóm',
  countKindRating: 'Xếp loại',
  bandsHeaders: { band: 'Khoảng Chỉ số', count: 'Số đơn vị' },
  chartTitle: 'Phân bố Chỉ số CCHC của các đơn vị',
  band: (from: number, to: number) => (to >= 100 ? `${from}–100%` : `${from}–<${to}%`),
  notesSkipped: 'Tệp không đọc được',
  notesDuplicates: 'Đơn vị trùng',
  notesCatalogues: 'Bộ tiêu chí',
  notesErrors: 'Đơn vị có lỗi',

  // ---- the announcement (.docx, Decree 30 layout) -----------------------------------------
  documentName: (year: string, province: string) =>
    `Thông báo kết quả xếp hạng Chỉ số CCHC${year ? ` năm ${year}` : ''} – ${province || '…'}`,
  issuerParent: (province: string) =>
    `UBND ${/^(tỉnh|thành phố)\s/i.test(province) ? '' : 'TỈNH '}${(province || '…').toUpperCase()}`,
  issuer: 'SỞ NỘI VỤ',
  issuerName: (province: string) =>
    `Sở Nội vụ ${/^(tỉnh|thành phố)\s/i.test(province) ? '' : 'tỉnh '}${province || '…'}`,
  docNumber: 'Số:        /TB-SNV',
  placeDate: (province: string, decreeDate: string) => `${province || '…'}, ${decreeDate}`,
  docType: 'THÔNG BÁO',
  subject: (year: string) =>
    `Kết quả xác định Chỉ số cải cách hành chính${year ? ` năm ${year}` : ''} của các xã, phường, đặc khu`,
  intro: (year: string, n: number) =>
    `Căn cứ kết quả tự đánh giá, chấm điểm và kết quả thẩm định Chỉ số cải cách hành chính${year ? ` năm ${year}` : ''} của ${n} xã, phường, đặc khu, Sở Nội vụ thông báo kết quả như sau:`,
  precedence:
    'Chỉ số của mỗi đơn vị tính theo điểm thẩm định; đơn vị chưa có điểm thẩm định tính theo điểm tự chấm. Các đơn vị bằng Chỉ số có cùng vị thứ.',
  sectionRanking: '1. Kết quả xếp hạng',
  sectionCounts: '2. Số đơn vị theo phân nhóm, xếp loại',
  sectionTopBottom: '3. Đơn vị cao nhất, thấp nhất',
  sectionNotes: '4. Lưu ý',
  highest: (names: string, percent: string) => `Đơn vị có Chỉ số cao nhất: ${names} (${percent}).`,
  lowest: (names: string, percent: string) => `Đơn vị có Chỉ số thấp nhất: ${names} (${percent}).`,
  average: (percent: string) => `Chỉ số trung bình của các đơn vị: ${percent}.`,
  closing:
    'Đề nghị các xã, phường, đặc khu căn cứ kết quả trên xây dựng kế hoạch khắc phục hạn chế, nâng cao Chỉ số cải cách hành chính trong năm tiếp theo.',
  recipientsTitle: 'Nơi nhận:',
  recipients: ['- UBND tỉnh (để báo cáo);', '- UBND các xã, phường, đặc khu;', '- Lưu: VT, CCHC.'],
  signerRole: 'GIÁM ĐỐC',
  tableColumns: {
    stt: 'STT',
    unit: 'Đơn vị',
    self: 'Tự chấm',
    appraised: 'Thẩm định',
    index: 'Chỉ số',
    rank: 'Vị thứ',
    rating: 'Xếp loại',
  },

  // ---- the CLI ----------------------------------------------------------------------------
  /** Printed after the main help. */
  help: `
Xếp hạng nhiều đơn vị (Sở Nội vụ):
  rollup <thu-muc | tep1.xlsx tep2.xlsx …> -o xep-hang.xlsx [--report cong-bo.docx] [--json] [--force]
      Chấm điểm bảng theo dõi của từng xã, phường, đặc khu (mỗi bảng theo bộ tiêu chí của chính nó),
      lấy điểm thẩm định nếu có (không có thì điểm tự chấm), xếp hạng (bằng Chỉ số thì cùng vị thứ),
      ghi xep-hang.xlsx (mỗi đơn vị một dòng, kèm biểu đồ phân bố) và, với --report, thông báo
      kết quả .docx (thể thức Nghị định 30). Tệp không đọc được được bỏ qua, có nêu lý do.
      -o (--report) là thư mục thì ghi xep-hang.xlsx (cong-bo.docx) vào thư mục đó.
      Mã thoát: 0 đọc được mọi tệp; 1 có tệp bị bỏ qua; 2 không có tệp nào dùng được, hoặc sai cách dùng.`,
  argInputs: 'thư mục hoặc các tệp .xlsx của các đơn vị (ví dụ: rollup bang-cac-xa/ -o xep-hang.xlsx)',
  outputRequired: 'Thiếu tệp kết quả: thêm -o xep-hang.xlsx.',
  noInputFiles: (where: string) => `Không tìm thấy tệp .xlsx nào trong ${q(where)}.`,
  nothingUsable: 'Không đọc được tệp nào của đơn vị: không có gì để xếp hạng.',
  skippedLine: (file: string, message: string) => `Bỏ qua ${q(file)}: ${message}`,
  written: (file: string) => `Đã ghi ${file}.`,
  summaryLine: (units: number, skipped: number) =>
    `Đã xếp hạng ${units} đơn vị${skipped > 0 ? `; bỏ qua ${skipped} tệp` : ''}.`,
  outputIsInput: (file: string) => `Tệp kết quả ${q(file)} trùng với một tệp đầu vào. Chọn tên khác.`,
} as const;
