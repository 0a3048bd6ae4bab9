/**
 * Vietnamese text of the offline Node shell (src/local): the CLI's help, errors and printed
 * results, and the labels/prompts the .xlsx workbook carries (Tổng hợp tab, drop-down messages).
 */

const q = (s: unknown): string => `“${String(s)}”`;

/** Tab that holds long or comma-containing drop-down lists (hidden in the workbook). */
export const LIST_TAB_NAME = 'Danh sách';

export const localMsg = {
  // ---- files ------------------------------------------------------------------------------
  fileNotFound: (file: string) => `Không tìm thấy tệp ${q(file)}. Kiểm tra lại đường dẫn và tên tệp.`,
  notAFile: (file: string) => `${q(file)} là một thư mục, không phải tệp .xlsx.`,
  emptyFile: (file: string) =>
    `Tệp ${q(file)} rỗng (0 byte). Có thể tệp chưa được lưu xong hoặc bị hỏng; mở lại bằng Excel và lưu dạng .xlsx.`,
  encryptedFile: (file: string) =>
    `Tệp ${q(file)} được bảo vệ bằng mật khẩu hoặc là tệp Excel cũ (.xls). Mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại dạng .xlsx (Excel Workbook).`,
  notXlsx: (file: string) =>
    `Tệp ${q(file)} không phải tệp Excel .xlsx hợp lệ (có thể là tệp khác bị đổi đuôi, hoặc tệp bị hỏng). Mở bằng Excel và lưu dạng .xlsx.`,
  cannotRead: (file: string, reason: string) => `Không đọc được tệp ${q(file)}: ${reason}.`,
  noAreaTab: (file: string) =>
    `Tệp ${q(file)} không có bảng lĩnh vực nào (bảng có hàng tiêu đề Mã · Tiêu chí · Điểm tối đa …). Tạo bảng theo dõi bằng lệnh “template” rồi nhập số liệu vào đó.`,
  cannotWrite: (file: string) =>
    `Không ghi được tệp ${q(file)}. Kiểm tra đường dẫn sau -o và quyền ghi vào thư mục đó.`,
  outputIsFolder: (file: string) =>
    `${q(file)} là một thư mục, không ghi tệp đè lên thư mục được. Đổi tên thư mục đó, hoặc sau -o ghi tên tệp khác.`,
  outputParentIsFile: (file: string) =>
    `Không tạo được ${q(file)}: một phần của đường dẫn là tệp, không phải thư mục. Chọn đường dẫn khác sau -o.`,
  outputNoPermission: (file: string) =>
    `Không có quyền ghi ${q(file)}. Chọn thư mục khác sau -o (ví dụ thư mục Tài liệu).`,
  outputDiskFull: (file: string) => `Không ghi được ${q(file)}: ổ đĩa đã đầy. Giải phóng dung lượng rồi chạy lại.`,
  outputBusy: (file: string) =>
    `Không ghi được ${q(file)}: tệp đang được chương trình khác mở. Đóng tệp (Excel, Word) rồi chạy lại.`,
  outputExists: (file: string) => `Tệp ${q(file)} đã có. Chọn tên khác bằng -o, hoặc thêm --force để ghi đè.`,
  outputIsInput: (file: string) => `Không ghi kết quả đè lên chính tệp đầu vào ${q(file)}. Chọn tệp khác bằng -o.`,
  catalogueFileInvalid: (file: string) => `Tệp bộ tiêu chí ${q(file)} không hợp lệ:`,
  catalogueHasErrors: (file: string) => `Bộ tiêu chí ${q(file)} có lỗi, không dùng được:`,

  // ---- usage ------------------------------------------------------------------------------
  unknownCommand: (cmd: string) => `Lệnh ${q(cmd)} không có. Gõ “help” để xem các lệnh.`,
  unknownOption: (opt: string) => `Tùy chọn ${q(opt)} không dùng được ở lệnh này. Gõ “help” để xem cách dùng.`,
  optionNeedsValue: (opt: string) => `Tùy chọn ${q(opt)} cần một giá trị (ví dụ ${opt} tep.xlsx).`,
  missingArgument: (what: string) => `Thiếu ${what}. Gõ “help” để xem cách dùng.`,
  tooManyArguments: (extra: string) => `Thừa tham số ${q(extra)}. Gõ “help” để xem cách dùng.`,
  argWorkbook: 'tên tệp .xlsx cần chấm (ví dụ: score bang-theo-doi.xlsx)',
  argCatalogueFile: 'tên tệp bộ tiêu chí JSON (ví dụ: catalogue check bo-tieu-chi.json)',
  argCatalogueAction: 'việc cần làm với bộ tiêu chí: “export”, “check” hoặc “import”',
  unexpected: (detail: string) =>
    `Lỗi không mong đợi: ${detail}. Chạy lại với CCHC_DEBUG=1 để xem chi tiết và báo cho người phát triển.`,
  errorPrefix: 'Lỗi: ',

  // ---- results ----------------------------------------------------------------------------
  templateWritten: (file: string, areas: number) => `Đã tạo bảng theo dõi ${q(file)} (${areas} lĩnh vực).`,
  sampleWritten: (file: string) =>
    `Đã tạo bảng MẪU ${q(file)}: DỮ LIỆU MẪU, số liệu minh họa, không phải số liệu thật của xã Cao An.`,
  scoredWritten: (file: string) => `Đã ghi bản đã chấm điểm vào ${q(file)} (tệp đầu vào giữ nguyên).`,
  reportWritten: (file: string) => `Đã ghi báo cáo tổng kết (.docx, thể thức Nghị định 30) vào ${q(file)}.`,
  reportKindWritten: (what: string, file: string) => `Đã ghi ${what} (.docx, thể thức Nghị định 30) vào ${q(file)}.`,
  reportKindNames: {
    q1: 'báo cáo CCHC quý I',
    h1: 'báo cáo CCHC 6 tháng đầu năm',
    '9m': 'báo cáo CCHC 9 tháng đầu năm',
    inspection: 'báo cáo kết quả tự kiểm tra',
  },
  badPeriod: (value: string) =>
    `Kỳ báo cáo ${q(value)} không đúng: dùng --period q1 (quý I), h1 (6 tháng), 9m (9 tháng) hoặc year (tổng kết năm).`,
  reportWarning: (warning: string) => `Cảnh báo: ${warning}`,
  catalogueWritten: (file: string) => `Đã xuất bộ tiêu chí ra ${q(file)}.`,
  catalogueOk: (areas: number, criteria: number, total: string) =>
    `Bộ tiêu chí hợp lệ: ${areas} lĩnh vực, ${criteria} tiêu chí, tổng ${total} điểm.`,
  catalogueWarnings: 'Cảnh báo:',
  workbookLine: (file: string) => `Bảng: ${file}`,
  catalogueLine: (name: string) => `Bộ tiêu chí: ${name}`,
  indexLine: (points: string, applicableMax: string, percent: string) =>
    `Chỉ số CCHC: ${points}/${applicableMax} điểm = ${percent}`,
  appraisalLine: (points: string, percent: string) => `Theo điểm thẩm định: ${points} điểm = ${percent}`,
  groupLine: (group: string) => `Phân nhóm: ${group || '—'}`,
  ratingLine: (rating: string) => `Xếp loại: ${rating || '—'}`,
  heldDownLine: (areas: string) => `Xếp loại bị giới hạn vì lĩnh vực dưới ngưỡng: ${areas}`,
  countsLine: (errors: number, warnings: number) => `Lỗi: ${errors} · Cảnh báo: ${warnings}`,
  errorsHeading: (n: number) => `Lỗi (${n}), cần sửa:`,
  warningsHeading: (n: number) => `Cảnh báo (${n}):`,
  moreProblems: (n: number) => `… và ${n} mục khác (dùng --json để xem đủ).`,
  noCell: 'toàn bảng',
  scoredWithErrors: 'Bảng còn lỗi: các dòng lỗi được tính 0 điểm. Sửa theo danh sách trên rồi chấm lại.',
  demoSampleCreated: (file: string) => `Chưa có tệp mẫu, đã tạo ${q(file)}.`,
  demoHeading: 'CHẤM ĐIỂM CHỈ SỐ CCHC — DỮ LIỆU MẪU xã Cao An 2023 (số liệu minh họa)',
  demoPhuongSkipped: (file: string) =>
    `Bỏ qua mẫu phường Hòa Bình 2026: không có ${q(file)} (chạy npm start trong thư mục dự án).`,
  demoPhuongHeading:
    'CHẤM ĐIỂM CHỈ SỐ CCHC — DỮ LIỆU MẪU phường Hòa Bình, tỉnh Minh An 2026 (tên và số liệu hư cấu; bộ tiêu chí nhập bằng “catalogue import”)',

  // ---- printed table ----------------------------------------------------------------------
  tableHeaders: ['Mã', 'Lĩnh vực', 'Tối đa', 'Tối đa áp dụng', 'Điểm tự chấm', 'Tỷ lệ'],
  tableTotal: 'Chỉ số CCHC',
} as const;

/** Prompts and refusals of the workbook's data validation (Excel shows them when a cell is edited). */
export const VALIDATION_TEXT = {
  listTitle: 'Chọn trong danh sách',
  listError: 'Giá trị không có trong danh sách. Chọn từ danh sách thả xuống.',
  wholeTitle: 'Số nguyên ≥ 0',
  wholeError: 'Nhập số nguyên ≥ 0 (ví dụ 12), không nhập chữ.',
  decimalTitle: 'Điểm',
  decimalError: (max: string) => `Nhập điểm từ 0 đến ${max}.`,
  naTitle: 'Không phát sinh',
  naError: 'Chọn “x” nếu trong năm không phát sinh, hoặc để trống.',
  naForbiddenError: 'Tiêu chí này không được đánh dấu “Không phát sinh”. Để trống ô này và nhập số liệu.',
  checklistTitle: 'Các hình thức đã làm',
  checklistPrompt: (items: string) =>
    `Ghi số thứ tự, cách nhau bằng dấu phẩy (ví dụ 1, 2); chưa làm hình thức nào: ghi Không. ${items}`,
} as const;

export const SAMPLE_MARK = 'DỮ LIỆU MẪU';

export const CLI_HELP = `Chỉ số CCHC — công cụ offline (không cần tài khoản Google)

Cách dùng: npm run cli -- <lệnh> [tùy chọn]   (hoặc: node dist-node/cli.js <lệnh> …)

Lệnh:
  template [-o tep.xlsx] [--catalogue bo-tieu-chi.json] [--sample] [--force]
      Tạo bảng theo dõi trống theo bộ tiêu chí mặc định (hoặc theo tệp JSON đã cho).
      --sample: tạo bảng MẪU xã Cao An 2023 (số liệu minh họa, không phải số liệu thật).
      Mặc định ghi ra bang-theo-doi-cchc.xlsx (với --sample: cao-an-2023-mau.xlsx).

  score <tep.xlsx> [--json] [-o ket-qua.xlsx] [--force]
      Kiểm tra và chấm điểm: in bảng điểm theo lĩnh vực, chỉ số, phân nhóm, xếp loại
      và danh sách lỗi/cảnh báo kèm địa chỉ ô (ví dụ 3. Cải cách TTHC!H12).
      --json: in kết quả dạng JSON (điểm dạng số thập phân và dạng chữ).
      -o: ghi bản đã chấm điểm (chỉ ghi các cột Tỷ lệ %, Điểm tự chấm, Kiểm tra và tab
          Tổng hợp; -o là thư mục thì ghi <tep>-da-cham.xlsx); tệp đầu vào không bao giờ bị sửa.

  catalogue export [-o bo-tieu-chi.json] [--force]
      Xuất bộ tiêu chí mặc định ra JSON (không có -o thì in ra màn hình; -o là thư mục thì
      ghi bo-tieu-chi.json).
  catalogue check <bo-tieu-chi.json>
      Kiểm tra một tệp bộ tiêu chí JSON.
  catalogue import <bang-tieu-chi.docx|.xlsx> -o bo-tieu-chi.json [--force]
      Đọc bảng tiêu chí trong quyết định của tỉnh (Word hoặc Excel) thành bộ tiêu chí nháp
      (-o là thư mục thì ghi <bang-tieu-chi>-bo-tieu-chi.json).
      In số tiêu chí đọc được cách chấm, số để “Nhập điểm” và các dòng cần xác nhận.
      Mã thoát: 0 mọi dòng đều đọc được; 1 đã ghi nhưng có dòng cần xác nhận; 2 không đọc được.

  report <tep.xlsx> [--period q1|h1|9m|year] [-o bao-cao.docx] [--force]
      Chấm điểm rồi viết báo cáo (.docx, thể thức Nghị định 30/2020/NĐ-CP):
      year (mặc định): báo cáo tổng kết phục vụ hội nghị đánh giá;
      q1, h1, 9m: báo cáo CCHC định kỳ quý I, 6 tháng, 9 tháng (số liệu lũy kế từ đầu năm).
      Mặc định ghi <tep>-bao-cao-tong-ket.docx (hoặc <tep>-bao-cao-q1.docx …) cạnh tệp đầu vào.

  inspection-report <tep.xlsx> [-o bao-cao.docx] [--force]
      Viết báo cáo kết quả tự kiểm tra công tác CCHC trình Chủ tịch UBND xã (phát hiện theo
      lĩnh vực, bảng phát hiện, kiến nghị có người thực hiện và thời hạn).
      Mặc định ghi <tep>-bao-cao-tu-kiem-tra.docx cạnh tệp đầu vào.

  new-year <tep.xlsx> [-o tep-nam-moi.xlsx] [--force]
      Tạo bảng theo dõi cho năm sau từ bảng năm cũ (ghi ra tệp MỚI, tệp năm cũ giữ nguyên):
      giữ bộ tiêu chí và người phụ trách, xóa số liệu nhập và điểm thẩm định, chuyển điểm
      từng tiêu chí sang cột “Điểm năm trước”, chỉ số và điểm từng lĩnh vực sang Thông tin chung.
      Mặc định: tên tệp với năm mới (cao-an-2023.xlsx → cao-an-2024.xlsx).

  export-table <tep.xlsx> [-o bang-tu-danh-gia.xlsx] [--force]
      Xuất Bảng tổng hợp kết quả tự đánh giá, chấm điểm (mã, tiêu chí, điểm tối đa,
      điểm tự chấm, tài liệu kiểm chứng, giải trình) ra tệp .xlsx riêng.
      Mặc định ghi <tep>-bang-tu-danh-gia.xlsx cạnh tệp đầu vào.

  evidence-index <tep.xlsx> [-o ho-so.xlsx | -o ho-so.docx] [--force]
      Lập hồ sơ minh chứng cho hội đồng thẩm định: tóm tắt theo lĩnh vực, mỗi tài liệu kiểm
      chứng một dòng (tên có đường link, ngày thêm và người thêm nếu có nhật ký tải lên), các
      tiêu chí chưa có tài liệu kèm giải trình. Đuôi của -o chọn .xlsx hay .docx.
      Mặc định ghi <tep>-ho-so-minh-chung.xlsx cạnh tệp đầu vào.

  demo
      Chạy thử với dữ liệu mẫu (npm start): chấm samples/cao-an-2023-mau.xlsx
      (tạo nếu chưa có), ghi out/cao-an-2023-da-cham.xlsx,
      out/cao-an-2023-bao-cao-tong-ket.docx và in kết quả.

  help
      In hướng dẫn này.

-o là một thư mục (có sẵn, hoặc kết thúc bằng / thì được tạo) thì tệp được ghi vào thư mục đó
với tên mặc định của lệnh (ví dụ: report cao-an.xlsx -o bao-cao/ ghi bao-cao/cao-an-bao-cao-tong-ket.docx).
Không ghi đè tệp đã có, trừ khi thêm --force.

Mã thoát:
  0  thành công, bảng không có lỗi (có thể có cảnh báo)
  1  đã chấm điểm nhưng bảng còn lỗi (hoặc bộ tiêu chí có lỗi)
  2  không đọc hoặc không chấm được (tệp hỏng, sai cách dùng …)

Đặt CCHC_DEBUG=1 để in chi tiết kỹ thuật khi có lỗi.
`;
