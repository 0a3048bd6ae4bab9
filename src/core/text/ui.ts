/**
 * Vietnamese text of the add-on's user interface: menu, sidebar, Sheets dialogs.
 * Each part is appended by its owner; keep names prefixed so `export *` from index.ts never clashes.
 */

// ---- Sidebar (src/ui/sidebar) -------------------------------------------------------------

export const SIDEBAR_TEXT = {
  pageTitle: 'Chỉ số CCHC',
  yearLabel: (year: string) => `Năm ${year}`,
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
    errors + warnings === 0 ? 'Đã tính điểm. Không có lỗi hay cảnh báo.' : `Đã tính điểm: ${errors} lỗi, ${warnings} cảnh báo.`,

  areasTitle: 'Điểm theo lĩnh vực',
  areaPoints: (points: string, max: string) => `${points}/${max}`,
  sincePrevious: (delta: string) => `${delta} so với lần tính trước`,
  unchanged: 'Không đổi so với lần tính trước',
  lastYear: (points: string) => `Năm trước: ${points}`,
  areaAppraisal: (points: string) => `Thẩm định: ${points}`,

  problemsTitle: 'Vấn đề cần xử lý',
  noProblems: 'Không có lỗi hay cảnh báo.',
  problemCounts: (errors: number, warnings: number) =>
    [errors ? `${errors} lỗi` : '', warnings ? `${warnings} cảnh báo` : ''].filter(Boolean).join(', '),
  generalArea: 'Chung cho cả bảng tính',
  goToCell: 'Đi tới ô',
  goToCellLabel: (address: string) => `Đi tới ô ${address}`,
  showMore: (n: number) => `Hiện thêm ${n} vấn đề`,

  evidenceTitle: 'Tài liệu kiểm chứng',
  evidenceComplete: (share: string) => `${share} tiêu chí có tài liệu hoặc giải trình`,
  evidenceCounts: (withEvidence: number, explanationOnly: number, none: number, total: number) =>
    `${withEvidence} có tài liệu · ${explanationOnly} chỉ giải trình · ${none} chưa có (trên ${total} tiêu chí)`,

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
