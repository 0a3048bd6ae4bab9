/** Uploading evidence from the sidebar to Drive, and the upload log tab ("Tài liệu đã tải lên"). */

const q = (s: string) => `“${s}”`;

export const UPLOAD_TEXT = {
  // ---- Drive folders ----
  rootFolder: (year: string, unit: string) => `Tài liệu kiểm chứng CCHC ${year} – ${unit}`,
  areaFolder: (code: string, title: string) => (title ? `${code}. ${title}` : code),

  // ---- checks before sending (sidebar) and again on the server ----
  noCriterion: 'Chưa chọn tiêu chí để gắn tài liệu.',
  noCriterionHint: 'Chọn tiêu chí trong danh sách, hoặc chọn một ô trên dòng tiêu chí rồi bấm “Lấy dòng đang chọn”.',
  noFiles: 'Chưa chọn tệp nào.',
  noFilesHint: 'Bấm “Chọn tệp” và chọn một hoặc nhiều tệp PDF, ảnh, Word hoặc Excel.',
  tooManyFiles: (n: number, max: number) => `Đã chọn ${n} tệp; mỗi lần chỉ tải được tối đa ${max} tệp.`,
  tooManyFilesHint: 'Chọn ít tệp hơn rồi tải thành nhiều lần.',
  fileTooLarge: (name: string, size: string, max: string) =>
    `Tệp ${q(name)} nặng ${size}, vượt mức ${max} cho mỗi tệp.`,
  fileTooLargeHint:
    'Giảm dung lượng tệp (quét lại ở độ phân giải thấp hơn, chia nhỏ), hoặc tự tải tệp lên Drive rồi dán đường link vào ô “Tài liệu kiểm chứng”.',
  callTooLarge: (size: string, max: string) =>
    `Các tệp đã chọn nặng tổng cộng ${size}, vượt mức ${max} cho một lần tải.`,
  callTooLargeHint: 'Chọn ít tệp hơn rồi tải thành nhiều lần.',
  emptyFile: (name: string) => `Tệp ${q(name)} rỗng (0 byte).`,
  emptyFileHint: 'Kiểm tra lại tệp trên máy rồi chọn lại.',
  badType: (name: string) => `Tệp ${q(name)} không phải PDF, ảnh, Word hay Excel.`,
  badTypeHint: 'Chỉ nhận tệp .pdf, ảnh (.jpg, .png…), Word (.doc, .docx, .odt) và Excel (.xls, .xlsx, .ods).',

  // ---- server ----
  permission: 'Chưa tải được: tiện ích chưa được cấp quyền Google Drive.',
  permissionHint:
    'Quyền cần cấp: “Xem, chỉnh sửa, tạo và xóa chỉ những tệp cụ thể trên Google Drive mà bạn dùng với ứng dụng này” (drive.file: tiện ích chỉ thấy các tệp do chính nó tạo). Cách cấp: đóng thanh bên, chọn lại một mục trong menu CCHC; trên màn hình của Google, đánh dấu ô quyền Google Drive rồi bấm “Tiếp tục”. Các chức năng khác vẫn dùng bình thường, và vẫn có thể tự dán đường link vào ô “Tài liệu kiểm chứng”.',
  permissionLink: 'Mở trang cấp quyền của Google',
  serviceOff: 'Chưa tải được: dịch vụ Google Drive của tiện ích chưa được bật.',
  serviceOffHint:
    'Báo người cài đặt tiện ích: trong appsscript.json phải bật dịch vụ nâng cao Drive (phiên bản v3). Trong khi chờ, tự tải tệp lên Drive rồi dán đường link vào ô.',
  badRequest: 'Yêu cầu tải lên không hợp lệ.',
  badRequestHint: 'Đóng và mở lại thanh bên rồi thử lại.',
  unknownCriterion: (code: string) => `Không tìm thấy tiêu chí ${q(code)} trong các bảng lĩnh vực.`,
  unknownCriterionHint: 'Chọn lại tiêu chí trong danh sách (bảng có thể vừa được sửa), rồi thử lại.',
  notCriterionRow: (sheet: string, row: number) => `Dòng ${row} của bảng ${q(sheet)} không phải dòng tiêu chí.`,
  notCriterionRowHint: 'Chọn một ô trên dòng có mã tiêu chí (cột Mã) trong bảng lĩnh vực.',
  infoMissing: 'Thông tin chung chưa có “Năm đánh giá” hoặc “Tên đơn vị”, nên chưa đặt được tên thư mục trên Drive.',
  infoMissingHint: 'Văn phòng nhập hai dòng đó trong bảng Thông tin chung rồi thử lại.',
  folderFailed: 'Chưa tải được: không tạo hoặc mở được thư mục tài liệu trên Drive.',
  folderFailedHint:
    'Google Drive có thể đang bận hoặc mạng chập chờn. Thử lại sau ít phút; không có tệp nào được tải lên.',
  driveFailed: 'Google Drive không nhận tệp (mạng chập chờn hoặc vượt hạn mức của Google). Thử lại sau ít phút.',
  allFailed: 'Chưa tải được tệp nào lên Drive.',
  uploaded: (n: number, cell: string) => `Đã tải ${n} tệp lên Drive và thêm tên, đường link vào ô ${cell}.`,
  partlyUploaded: (ok: number, failed: number, cell: string) =>
    `Đã tải ${ok} tệp lên Drive và thêm vào ô ${cell}; ${failed} tệp chưa tải được (xem danh sách bên dưới), hãy thử lại các tệp đó.`,
  notLinked: (n: number, cell: string) => `Đã tải ${n} tệp lên Drive nhưng chưa ghi được đường link vào ô ${cell}.`,
  notLinkedHint:
    'Các tệp được ghi trong bảng “Tài liệu đã tải lên” với cột “Đã ghi vào ô tài liệu kiểm chứng” là “Không”, để văn phòng thêm đường link. Ô có thể đang được bảo vệ, hoặc dòng vừa bị xóa, di chuyển. Có thể sao chép đường link bên dưới và tự dán vào ô.',
  notLogged:
    'Chưa ghi được vào bảng “Tài liệu đã tải lên” (bảng có thể được bảo vệ hoặc bị đổi nội dung). Các tệp vẫn ở trên Drive; báo văn phòng.',
  logTaken: 'Bảng “Tài liệu đã tải lên” đang chứa nội dung khác nên không ghi vào.',
  busy: 'Đang có người khác ghi vào bảng theo dõi; thử lại sau ít phút.',
} as const;

/** The sidebar's upload form (built into Sidebar.html only, not into Code.js). */
export const UPLOAD_UI_TEXT = {
  title: 'Tải tài liệu kiểm chứng',
  intro:
    'Chọn tiêu chí và tệp (PDF, ảnh, Word, Excel). Tệp được lưu vào thư mục Drive của bảng theo dõi; tên và đường link được thêm vào ô “Tài liệu kiểm chứng” (nội dung đã có được giữ nguyên). Vẫn có thể tự dán đường link vào ô như trước.',
  criterionLabel: 'Tiêu chí',
  activeRow: 'Lấy dòng đang chọn',
  pickHint:
    'Chọn một ô trên dòng tiêu chí trong bảng lĩnh vực rồi bấm “Lấy dòng đang chọn”, hoặc chọn trong danh sách.',
  filesLabel: 'Tệp cần tải lên',
  upload: 'Tải lên Drive',
  uploading: 'Đang tải lên…',
  loading: 'Đang tải danh sách tiêu chí…',
  limits: (perFile: string, perCall: string, files: number) =>
    `Mỗi tệp tối đa ${perFile}; mỗi lần tối đa ${files} tệp, tổng ${perCall}. Tệp lớn hơn: tự tải lên Drive rồi dán đường link vào ô.`,
  openFolder: 'Mở thư mục trên Drive',
  uploadedFile: 'Đã tải lên',
  failedFile: 'Chưa tải được',
  readFailed: (name: string) => `Không đọc được tệp ${q(name)} trên máy.`,
  readFailedHint: 'Đóng tệp nếu đang mở bằng chương trình khác rồi chọn lại.',
} as const;
