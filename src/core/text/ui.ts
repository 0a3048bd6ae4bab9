/**
 * Vietnamese text of the add-on's user interface: menu, sidebar, Sheets dialogs.
 * Each part is appended by its owner; keep names prefixed so `export *` from index.ts never clashes.
 */

import { CYCLE_HELP_STEP } from './cycle';
import { DIAGNOSTICS_TEXT } from './diagnostics';
import { formatNumber } from '../format';

// ---- Sidebar (src/ui/sidebar) -------------------------------------------------------------

const errorCount = (n: number) => `${n} lỗi`;
const warningCount = (n: number) => `${n} cảnh báo`;

export const SIDEBAR_TEXT = {
  pageTitle: 'Chỉ số CCHC',
  yearLabel: (year: string) => `Năm ${year}`,
  /** "Xã Cao An": the unit's type (Xã, Phường, Đặc khu) before its name. */
  unitName: (unitType: string, name: string) => `${unitType} ${name}`,
  loading: 'Đang tải số liệu…',
  retry: 'Thử lại',
  close: 'Đóng',

  indexLabel: 'Chỉ số CCHC',
  notScored: 'Chưa tính điểm',
  notScoredHint: 'Nhấn “Tính điểm” để kiểm tra số liệu và tính điểm các lĩnh vực.',
  pointsOf: (points: string, max: string) => `${points} / ${max} điểm`,
  groupLabel: (group: string) => `Nhóm: ${group}`,
  scoredAt: (when: string) => `Tính lần cuối: ${when}`,
  appraisal: (percent: string, rating: string) => `Kết quả thẩm định: ${percent}${rating ? ` · ${rating}` : ''}`,
  locked: 'Đã chốt số liệu',
  lockedHint: 'Số liệu của kỳ đánh giá này đã được chốt.',

  compute: 'Tính điểm',
  computing: 'Đang tính…',
  computed: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? 'Đã tính điểm. Không có lỗi hay cảnh báo.'
      : `Đã tính điểm: ${errorCount(errors)}, ${warningCount(warnings)}.`,

  areasTitle: 'Điểm theo lĩnh vực',
  areaPoints: (points: string, max: string) => `${points}/${max}`,
  sincePrevious: (delta: string) => `${delta} so với lần tính trước`,
  unchanged: 'Không đổi so với lần tính trước',
  unchangedShort: 'Không đổi',
  lastYear: (points: string) => `Năm trước: ${points}`,
  areaAppraisal: (points: string) => `Thẩm định: ${points}`,
  areaAppraisal1: (points: string) => `Thẩm định lần 1: ${points}`,

  roundsTitle: 'Thẩm định và giải trình',
  /** "Tự đánh giá 89,77% → lần 1 85,20% → cuối cùng 87,00%" (rounds nobody typed left out). */
  roundsIndex: (self: string, first: string | null, final: string | null) =>
    [`Tự đánh giá ${self}`, first ? `lần 1 ${first}` : '', final ? `cuối cùng ${final}` : '']
      .filter(Boolean)
      .join(' → '),
  roundSteps: {
    entry: 'Bước hiện tại: nhập số liệu, tự chấm điểm.',
    appraisal1: 'Bước hiện tại: đã chốt số liệu, văn phòng nhập điểm thẩm định lần 1.',
    response:
      'Bước hiện tại: giải trình. Công chức nhập cột “Giải trình sau thẩm định” cho các tiêu chí bị trừ điểm lần 1.',
    final: 'Bước hiện tại: đã đóng giải trình, văn phòng nhập điểm thẩm định cuối cùng.',
  },
  responsesDue: (n: number) =>
    n > 0 ? `${n} tiêu chí bị trừ điểm lần 1 chưa có giải trình.` : 'Mọi tiêu chí bị trừ điểm lần 1 đã có giải trình.',
  /** "3 → 2 → 2,5": self → lần 1 → final points of one criterion. */
  roundPoints: (self: string, first: string, final: string) => `${self} → ${first} → ${final}`,
  roundPointsLabel: 'Điểm tự chấm → thẩm định lần 1 → cuối cùng',
  responseMissing: 'Chưa giải trình',
  responseDone: 'Đã giải trình',
  writeResponse: 'Viết giải trình',
  writeResponseLabel: (code: string) => `Viết giải trình cho tiêu chí ${code}`,

  problemsTitle: 'Vấn đề cần xử lý',
  noProblems: 'Không có lỗi hay cảnh báo.',
  errorCount,
  warningCount,
  problemCounts: (errors: number, warnings: number) =>
    [errors ? errorCount(errors) : '', warnings ? warningCount(warnings) : ''].filter(Boolean).join(', '),
  generalArea: 'Chung cho cả bảng tính',
  goToCell: 'Đi tới ô',
  goToCellLabel: (address: string) => `Đi tới ô ${address}`,
  showMore: (n: number) => `Hiện thêm ${n} vấn đề`,

  evidenceTitle: 'Tài liệu kiểm chứng',
  /** Follows the share in bold: "95,6% tiêu chí có tài liệu hoặc giải trình". */
  evidenceComplete: 'tiêu chí có tài liệu hoặc giải trình',
  evidenceCounts: (withEvidence: number, explanationOnly: number, none: number, total: number) =>
    `${withEvidence} có tài liệu · ${explanationOnly} chỉ giải trình · ${none} chưa có (trên ${total} tiêu chí)`,
  /** One short line under an area's bar: "Kiểm chứng: 95,6% · 1 chỉ giải trình · 1 chưa có" (zero parts left out). */
  areaEvidence: (completeText: string, explanationOnly: number, none: number) =>
    [
      `Kiểm chứng: ${completeText}`,
      explanationOnly ? `${formatNumber(explanationOnly)} chỉ giải trình` : '',
      none ? `${formatNumber(none)} chưa có` : '',
    ]
      .filter(Boolean)
      .join(' · '),

  reportTitle: 'Báo cáo tổng kết',
  createReport: 'Tạo báo cáo tổng kết',
  creatingReport: 'Đang tạo báo cáo…',
  reportDisabled: 'Chức năng tạo báo cáo chưa được bật cho bảng tính này.',
  reportCreated: 'Đã tạo báo cáo:',
  reportNoLink: 'Máy chủ không trả về liên kết hợp lệ; mở báo cáo từ Google Drive.',

  // Errors: a message, then a hint saying what to do.
  errorTitle: 'Không thực hiện được',
  technicalDetails: 'Chi tiết kỹ thuật',
  multiAccount: 'Google từ chối quyền truy cập của tiện ích.',
  multiAccountHint:
    'Thường do đang đăng nhập nhiều tài khoản Google trên cùng trình duyệt. Hãy đăng xuất các tài khoản khác (chỉ giữ tài khoản dùng bảng tính) hoặc mở bảng tính trong cửa sổ ẩn danh, rồi thử lại.',
  serverFailure: 'Không kết nối được với máy chủ Google Apps Script.',
  serverFailureHint: 'Kiểm tra kết nối mạng và thử lại sau ít phút; nếu vẫn lỗi, tải lại trang bảng tính.',
  timeout: 'Máy chủ phản hồi quá lâu hoặc đã dừng giữa chừng.',
  timeoutHint: 'Thử lại; nếu bảng tính rất lớn, hãy thử lại vào lúc ít người dùng.',
  badResponse: 'Máy chủ trả về dữ liệu không đúng định dạng.',
  badResponseHint: 'Tải lại trang bảng tính rồi mở lại bảng điều khiển; nếu vẫn lỗi, báo cho người quản trị.',
  noServer: 'Trang này chỉ hoạt động khi mở từ menu CCHC trong Google Trang tính.',
  noServerHint: 'Mở Google Trang tính, chọn menu CCHC → Mở bảng điều khiển.',
} as const;

// ---- Menu, dialogs, setup, Tổng hợp, server errors (src/sheets, src/main.ts) --------------

export const MENU_TEXT = {
  menuTitle: 'CCHC',
  openSidebar: 'Mở bảng điều khiển',
  compute: 'Tính điểm',
  setup: 'Khởi tạo / cập nhật bảng theo dõi',
  report: 'Tạo báo cáo tổng kết',
  catalogueImport: 'Nhập bộ tiêu chí (JSON)',
  help: 'Hướng dẫn',
  sidebarTitle: 'Chỉ số CCHC',
  helpTitle: 'Hướng dẫn sử dụng – Chỉ số CCHC',
  helpBody: [
    'Menu CCHC nằm trên thanh menu của bảng tính, cạnh Trợ giúp.',
    '1. Văn phòng: chọn CCHC → Khởi tạo / cập nhật bảng theo dõi. Tiện ích tạo bảng Thông tin chung, một bảng cho mỗi lĩnh vực, Phân công, Tổng hợp và Nhật ký.',
    '2. Văn phòng ghi e-mail công chức phụ trách từng lĩnh vực vào bảng Phân công rồi chạy lại mục 1 để áp dụng quyền sửa.',
    '3. Công chức nhập số liệu ở các cột Số liệu a, Số liệu b, Giá trị / lựa chọn, Không phát sinh, Tài liệu kiểm chứng, Giải trình. Cột Kiểm tra báo ngay lỗi của dòng vừa nhập.',
    '4. Bấm CCHC → Tính điểm (hoặc nút Tính điểm trong bảng điều khiển) để kiểm tra toàn bộ số liệu, tính điểm từng lĩnh vực và Chỉ số CCHC; kết quả ghi vào bảng Tổng hợp và Nhật ký.',
    '5. Trong bảng điều khiển, bấm “Đi tới ô” để đến đúng ô cần sửa.',
    '6. Cuối năm: CCHC → Tạo báo cáo tổng kết.',
    CYCLE_HELP_STEP,
    `Sau khi cài đặt hoặc tạo bản sao bảng tính: CCHC → ${DIAGNOSTICS_TEXT.menu} để kiểm tra quyền, múi giờ, vùng bảo vệ và việc tạo báo cáo trên tài khoản của bạn; kết quả ghi vào bảng ${DIAGNOSTICS_TEXT.menu}.`,
    'Không sửa các cột Mã, Tiêu chí, Điểm tối đa, Loại, Cách chấm (do văn phòng quản lý) và các cột tự tính (Tỷ lệ %, Điểm tự chấm, Kiểm tra).',
  ].join('\n\n'),
} as const;

const list = (items: readonly string[], max = 30): string =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} … (và ${items.length - max} mục khác)`;

export const SETUP_TEXT = {
  doneTitle: 'Đã khởi tạo / cập nhật bảng theo dõi',
  createdTabs: (names: readonly string[]) => `Đã tạo bảng: ${list(names)}.`,
  addedCriteria: (codes: readonly string[]) => `Đã thêm dòng cho tiêu chí mới (ở cuối bảng lĩnh vực): ${list(codes)}.`,
  updatedCriteria: (codes: readonly string[]) =>
    `Đã cập nhật nội dung bộ tiêu chí (mã, tên, điểm, loại, cách chấm) của: ${list(codes)}.`,
  retiredCriteria: (codes: readonly string[]) =>
    `Tiêu chí không còn trong bộ tiêu chí, đã chuyển sang “Ngừng áp dụng” (số liệu được giữ lại, không tính điểm): ${list(codes)}.`,
  nothingChanged: 'Bảng theo dõi đã đầy đủ theo bộ tiêu chí; không có số liệu nào bị thay đổi.',
  entriesKept: 'Không ô số liệu nào của công chức bị thay đổi.',
  unprotectedInputs: (areas: readonly string[]) =>
    `Lĩnh vực chưa có e-mail trong bảng Phân công (ô nhập liệu chưa giới hạn người sửa): ${list(areas)}. Ghi e-mail vào Phân công rồi chạy lại mục này.`,
  invalidEmails: (items: readonly string[]) => `E-mail không hợp lệ trong bảng Phân công (đã bỏ qua): ${list(items)}.`,
  editorsFailed: (items: readonly string[]) => `Không cấp được quyền sửa cho: ${list(items)}.`,
  warningOnly: 'Chế độ bảo vệ: chỉ cảnh báo khi sửa vùng của văn phòng (theo lựa chọn của văn phòng).',
  timeZoneSet: (from: string) =>
    `Múi giờ của bảng tính đã được đặt là Asia/Ho_Chi_Minh (GMT+07:00), trước đó là ${from}.`,
  timeZoneWrong: (zone: string) =>
    `Múi giờ của bảng tính là ${zone}, không phải Asia/Ho_Chi_Minh: ngày tháng nhập vào có thể lệch một ngày. Chọn Tệp → Cài đặt → Múi giờ → (GMT+07:00) Hồ Chí Minh, rồi kiểm tra lại các ô ngày tháng.`,
  officeOnly:
    'Chế độ bảo vệ “Chỉ văn phòng”: chỉ văn phòng ghi được các cột tự tính, bảng Tổng hợp và Nhật ký. Công chức bấm Tính điểm chỉ xem kết quả ở bảng điều khiển, và cột Kiểm tra không tự cập nhật khi công chức nhập; bảng được cập nhật khi văn phòng bấm Tính điểm.',
  protectionModeUnknown: (value: string, fallback: string) =>
    `Ô “Chế độ bảo vệ (Google Sheets)” trong bảng Thông tin chung ghi “${value}”, không có trong danh sách; đang dùng “${fallback}”. Chọn lại trong danh sách thả xuống.`,
  /** The choices of "Chế độ bảo vệ (Google Sheets)" in Thông tin chung. */
  protectionModes: {
    shared: 'Văn phòng và công chức được phân công',
    office: 'Chỉ văn phòng',
    warning: 'Chỉ cảnh báo',
  },
  helpProtectionMode:
    'Ai được sửa các cột tự tính, Tổng hợp và Nhật ký: “Văn phòng và công chức được phân công” (mặc định, ai bấm Tính điểm cũng ghi được kết quả), “Chỉ văn phòng” (công chức chỉ xem kết quả), “Chỉ cảnh báo” (mọi vùng bảo vệ chỉ hiện cảnh báo). Chạy lại “Khởi tạo / cập nhật bảng theo dõi” để áp dụng.',
  resultTabNotOurs: (name: string) =>
    `Bảng “${name}” không phải bảng do tiện ích tạo ra nên không được khóa, và Tính điểm sẽ không ghi vào. Đổi tên bảng đó (ví dụ “${name} (riêng)”) rồi chạy lại mục này để tiện ích tạo bảng “${name}” mới.`,
  tabNameTaken: (name: string) =>
    `Đã có bảng tên “${name}” nhưng không đúng cấu trúc bảng lĩnh vực; không tạo lại để tránh ghi đè. Đổi tên bảng đó rồi chạy lại.`,
  damagedTab: (name: string) =>
    `Bảng “${name}” có hàng tiêu đề bị thay đổi (chèn/xóa/đổi tên cột); không cập nhật bảng này. Hoàn tác thay đổi cột rồi chạy lại.`,
  areaNotInCatalogue: (name: string) =>
    `Bảng “${name}” thuộc lĩnh vực không còn trong bộ tiêu chí: các tiêu chí đã chuyển sang “Ngừng áp dụng”, số liệu được giữ lại. Có thể ẩn bảng này.`,
  duplicateAreaTab: (name: string, other: string) =>
    `Bảng “${name}” trùng lĩnh vực với bảng “${other}”; chỉ cập nhật bảng “${other}”.`,
  catalogueInvalid: (problems: readonly string[]) =>
    `Bộ tiêu chí đã lưu không hợp lệ, dùng bộ tiêu chí mặc định. ${list(problems, 5)}`,

  // Data validation help texts (shown when an entry does not fit; the entry is kept and flagged).
  helpWholeNumber: 'Nhập số nguyên ≥ 0 (ví dụ 12). Số liệu sai vẫn được giữ lại và báo ở cột Kiểm tra.',
  helpYesNo: 'Chọn “Có” hoặc “Không” trong danh sách.',
  helpStatus: 'Chọn một giá trị trong danh sách thả xuống.',
  helpNa: 'Chọn “x” nếu trong năm không phát sinh; để trống nếu có phát sinh.',
  helpEvidence: 'Nên dán đường link tài liệu (Google Drive…); cũng có thể ghi số, ngày văn bản.',
  helpPoints: (max: string) => `Nhập điểm từ 0 đến ${max}.`,
  helpYear: 'Nhập năm đánh giá, ví dụ 2023.',

  protectionPrefix: 'CCHC:',
  protectComputed: 'CCHC: cột tự tính (ghi khi Tính điểm)',
  protectResponse: (area: string, open: boolean) =>
    `CCHC: giải trình sau thẩm định${area ? ` lĩnh vực ${area}` : ''} (${open ? 'công chức phụ trách, bước giải trình' : 'đóng ngoài bước giải trình'})`,
  protectInputs: (area: string) => `CCHC: ô nhập liệu lĩnh vực ${area}`,
  protectSheet: (name: string) => `CCHC: bảng ${name}`,
} as const;

/** Tổng hợp and Nhật ký as Tính điểm writes them (the Tổng hợp grid itself is shared with the offline shell). */
export const SHEETS_SUMMARY_TEXT = {
  updated: (when: string, user: string) =>
    `Kết quả lần Tính điểm lúc ${when}${user ? ` (${user})` : ''}; bảng được ghi lại mỗi lần Tính điểm, không nhập vào đây.`,
  chartTitle: 'Tỷ lệ điểm đạt của từng lĩnh vực (so với 100%)',
  logAction: 'Tính điểm',
  computeDoneTitle: 'Đã tính điểm',
  computeDone: (
    points: string,
    max: string,
    percent: string,
    group: string,
    rating: string,
    errors: number,
    warnings: number,
  ) =>
    [
      `Chỉ số CCHC: ${percent} (${points}/${max} điểm).`,
      group ? `Phân nhóm: ${group}.` : '',
      rating ? `Xếp loại: ${rating}.` : '',
      errors + warnings === 0
        ? 'Không có lỗi hay cảnh báo.'
        : `Có ${errors} lỗi, ${warnings} cảnh báo: xem cột Kiểm tra hoặc mở bảng điều khiển để đi tới từng ô.`,
    ]
      .filter(Boolean)
      .join('\n'),
} as const;

export const SERVER_TEXT = {
  busyCompute: 'Đang có người tính điểm…, vui lòng thử lại sau ít phút.',
  resultsNotWritten:
    'Kết quả chỉ hiển thị ở đây, chưa ghi vào bảng: chế độ bảo vệ là “Chỉ văn phòng”. Văn phòng bấm Tính điểm để ghi kết quả vào các bảng, Tổng hợp và Nhật ký.',
  busySetup: 'Đang có người tính điểm hoặc cập nhật bảng theo dõi…, vui lòng thử lại sau ít phút.',
  busyReport: 'Đang có người tính điểm hoặc tạo báo cáo…, vui lòng thử lại sau ít phút.',
  busyHint: 'Mỗi lần chỉ một người được tính điểm để số liệu không bị ghi dở dang.',
  noDocument: 'Không mở được bảng tính hiện tại.',
  noDocumentHint: 'Chạy tiện ích từ menu CCHC trong Google Trang tính.',
  tabMissing: (name: string) => `Không tìm thấy bảng “${name}” (có thể đã bị đổi tên hoặc xóa).`,
  tabMissingHint: 'Bấm “Tính điểm” lại để cập nhật danh sách vấn đề theo tên bảng hiện tại.',
  badCell: (cell: string) => `Địa chỉ ô “${cell}” không hợp lệ.`,
  badCellHint: 'Bấm “Tính điểm” lại để cập nhật danh sách vấn đề.',
  auth: 'Google chưa cấp quyền hoặc đã từ chối quyền truy cập của tiện ích.',
  authHint:
    'Nếu đang đăng nhập nhiều tài khoản Google, hãy đăng xuất bớt hoặc mở bảng tính trong cửa sổ ẩn danh, rồi thử lại. Nếu lần đầu dùng, chọn lại mục trong menu CCHC để cấp quyền.',
  protectedCell: 'Bạn không có quyền sửa một vùng được bảo vệ của bảng tính.',
  protectedCellHint:
    'Nhờ văn phòng thêm e-mail của bạn vào bảng Phân công rồi chạy “Khởi tạo / cập nhật bảng theo dõi”.',
  quota: 'Google Apps Script đã vượt hạn mức (quá nhiều thao tác hoặc chạy quá lâu).',
  quotaHint: 'Thử lại sau ít phút; nếu vẫn lỗi, thử lại vào ngày mai.',
  unknown: 'Đã xảy ra lỗi không mong muốn.',
  unknownHint: 'Thử lại; nếu vẫn lỗi, báo cho văn phòng kèm thời điểm xảy ra lỗi.',
  errorTitle: 'Không thực hiện được',
  reportNotYet: 'Chức năng tạo báo cáo tổng kết chưa có trong phiên bản này.',
  reportNotYetHint: 'Trong khi chờ, dùng bảng Tổng hợp hoặc công cụ offline (npm start) để lập báo cáo.',
  reportCreatedTitle: 'Đã tạo báo cáo tổng kết',
  reportCreated: (name: string, url: string) => `Đã tạo tài liệu “${name}”.\nMở tại: ${url}`,
  catalogueImportTitle: 'Nhập bộ tiêu chí (JSON)',
  catalogueImportPrompt:
    'Dán toàn bộ nội dung tệp bộ tiêu chí (JSON) vào ô dưới đây. Sau khi nhập, chạy “Khởi tạo / cập nhật bảng theo dõi” để áp dụng.',
  catalogueImportDone: (name: string, areas: number, criteria: number) =>
    `Đã lưu bộ tiêu chí “${name}” (${areas} lĩnh vực, ${criteria} tiêu chí). Chạy “Khởi tạo / cập nhật bảng theo dõi” để cập nhật các bảng.`,
  catalogueImportInvalid: (problems: readonly string[]) =>
    `Bộ tiêu chí không hợp lệ, chưa lưu:\n${problems.slice(0, 8).join('\n')}`,
  catalogueTooLarge: 'Bộ tiêu chí quá lớn để lưu trong bảng tính (giới hạn khoảng 100 KB).',
} as const;

const quoted = (s: unknown): string => `“${String(s)}”`;

/** Tổng hợp / Nhật ký found by name but not the add-on's own tab: refused, never written over. */
export const RESERVED_TAB_TEXT = {
  reservedTabTaken: (tab: string) =>
    `Bảng ${quoted(tab)} không phải bảng do tiện ích tạo ra (có thể là một bảng lĩnh vực hoặc bảng riêng của văn phòng đã đặt tên ${quoted(tab)}). Tính điểm sẽ ghi đè bảng này nên đã dừng, chưa ghi ô nào.`,
  reservedTabTakenHint: (tab: string) =>
    `Đổi tên bảng đó (ví dụ ${quoted(`${tab} (riêng)`)}) rồi bấm Tính điểm lại; tiện ích sẽ tự tạo bảng ${quoted(tab)} mới.`,
} as const;
