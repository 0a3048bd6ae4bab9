/**
 * Vietnamese text of the evidence pack ("Hồ sơ minh chứng") for the appraisal council: the Sheets tab
 * and menu item, the offline `evidence-index` command, the .docx, and sharing the evidence folder.
 */

const q = (s: string): string => `“${s}”`;

export const EVIDENCE_PACK_TEXT = {
  menu: 'Ghi hồ sơ minh chứng (cho hội đồng thẩm định)',
  tabName: 'Hồ sơ minh chứng',
  /** "HỒ SƠ MINH CHỨNG CHỈ SỐ CCHC NĂM 2023 – XÃ CAO AN" */
  title: (year: string, unit: string) =>
    `HỒ SƠ MINH CHỨNG CHỈ SỐ CCHC${year ? ` NĂM ${year}` : ''}${unit ? ` – ${unit.toUpperCase()}` : ''}`,
  updated: (when: string) => ` (cập nhật ${when})`,
  /** The start every title shares: how the add-on knows the tab is its own. */
  titleStart: 'HỒ SƠ MINH CHỨNG CHỈ SỐ CCHC',
  counts: (criteria: number, withEvidence: number, documents: number, explanationOnly: number, none: number) =>
    `${criteria} tiêu chí cần tài liệu kiểm chứng: ${withEvidence} tiêu chí có tài liệu (${documents} tài liệu), ${explanationOnly} tiêu chí chỉ có giải trình, ${none} tiêu chí chưa có tài liệu và giải trình.`,
  notice:
    'Mục II: mỗi dòng là một tài liệu (bấm tên để mở). Lọc cột “Lĩnh vực” hoặc “Mã tiêu chí” để xem theo tiêu chí. Điểm điều tra xã hội học không cần tài liệu kiểm chứng nên không có trong bảng. Bảng do văn phòng ghi lại mỗi lần chạy; không nhập vào đây.',
  sections: {
    summary: 'I. TÓM TẮT THEO LĨNH VỰC',
    documents: 'II. TÀI LIỆU KIỂM CHỨNG THEO TIÊU CHÍ',
    missing: 'III. TIÊU CHÍ CHƯA CÓ TÀI LIỆU KIỂM CHỨNG VÀ GIẢI TRÌNH',
  },
  // Never "Mã" then "Tiêu chí" at the start of a row: that pair marks an area tab (workbook.ts).
  summaryHeaders: [
    'Lĩnh vực',
    'Số tiêu chí',
    'Tên lĩnh vực',
    'Công chức phụ trách',
    'Có tài liệu',
    'Chỉ có giải trình',
    'Chưa có tài liệu, giải trình',
    'Số tài liệu',
  ],
  documentHeaders: [
    'Lĩnh vực',
    'Mã tiêu chí',
    'Tiêu chí',
    'Công chức phụ trách',
    'Tài liệu kiểm chứng',
    'Ghi chú',
    'Ngày thêm',
    'Người thêm',
  ],
  missingHeaders: [
    'Lĩnh vực',
    'Mã tiêu chí',
    'Tiêu chí',
    'Công chức phụ trách',
    'Giải trình',
    'Giải trình sau thẩm định',
    'Ô cần bổ sung',
  ],
  total: 'Tổng',
  noDocument: 'Chưa có tài liệu (xem mục III)',
  noLink: 'Không có đường link',
  notInCell: 'Đã tải lên nhưng chưa ghi vào ô Tài liệu kiểm chứng',
  noExplanation: 'Chưa có giải trình',
  noneMissing: 'Mọi tiêu chí đều có tài liệu kiểm chứng.',
  // Sheets
  taken: 'Bảng “Hồ sơ minh chứng” đang chứa nội dung khác nên không ghi đè.',
  takenHint: 'Đổi tên bảng đó rồi chạy lại.',
  doneTitle: 'Đã ghi hồ sơ minh chứng',
  done: (criteria: number, documents: number, missing: number) =>
    `Đã ghi bảng “Hồ sơ minh chứng”: ${criteria} tiêu chí, ${documents} tài liệu, ${missing} tiêu chí chưa có tài liệu kiểm chứng (kèm giải trình nếu có).`,
} as const;

/**
 * Sharing the evidence folder read-only (office, optional): nothing is shared unless the office chooses
 * the menu item and lists the e-mails; Drive is asked not to send its notification e-mail.
 */
export const EVIDENCE_SHARE_TEXT = {
  menu: 'Chia sẻ thư mục tài liệu kiểm chứng (chỉ xem)',
  promptTitle: 'Chia sẻ thư mục tài liệu kiểm chứng',
  prompt:
    'Nhập e-mail của thành viên hội đồng thẩm định, cách nhau bằng dấu phẩy (ví dụ: a@noivu.gov.vn, b@noivu.gov.vn). Họ được XEM (không sửa, không xóa) thư mục tài liệu kiểm chứng trên Drive. Bấm Hủy để không chia sẻ.',
  noEmails: 'Chưa nhập e-mail nào nên không chia sẻ.',
  noEmailsHint: 'Chọn lại mục menu và nhập ít nhất một địa chỉ e-mail.',
  badEmails: (list: readonly string[]) => `Không phải địa chỉ e-mail: ${list.map(q).join(', ')}. Chưa chia sẻ với ai.`,
  badEmailsHint: 'Sửa lại (ví dụ ten@noivu.gov.vn), các địa chỉ cách nhau bằng dấu phẩy, rồi chọn lại mục menu.',
  serviceOff: 'Chưa chia sẻ được: dịch vụ Google Drive của tiện ích chưa được bật. Không có gì được chia sẻ.',
  serviceOffHint:
    'Báo người cài đặt tiện ích: trong appsscript.json phải bật dịch vụ nâng cao Drive (phiên bản v3). Trong khi chờ, văn phòng tự chia sẻ thư mục trên Google Drive (chuột phải → Chia sẻ → Người xem).',
  permission: 'Chưa chia sẻ được: tiện ích chưa được cấp quyền Google Drive. Không có gì được chia sẻ.',
  permissionHint:
    'Quyền cần cấp: “Xem, chỉnh sửa, tạo và xóa chỉ những tệp cụ thể trên Google Drive mà bạn dùng với ứng dụng này” (drive.file: tiện ích chỉ chia sẻ được thư mục do chính nó tạo). Cách cấp: chọn lại một mục trong menu CCHC; trên màn hình của Google, đánh dấu ô quyền Google Drive rồi bấm “Tiếp tục”.',
  noFolder: 'Chưa có thư mục tài liệu kiểm chứng trên Drive do tiện ích tạo, nên chưa có gì để chia sẻ.',
  noFolderHint:
    'Thư mục được tạo khi tải tài liệu lên từ thanh bên (mục “Tải tài liệu kiểm chứng”). Tài liệu dán bằng đường link nằm ở nơi khác: văn phòng tự chia sẻ chúng trên Drive.',
  failed: 'Google Drive không nhận yêu cầu chia sẻ (mạng chập chờn hoặc vượt hạn mức). Thử lại sau ít phút.',
  doneTitle: 'Đã chia sẻ thư mục tài liệu kiểm chứng',
  done: (emails: readonly string[], folders: readonly { name: string; url: string }[]) =>
    `Đã chia sẻ quyền XEM ${folders.length > 1 ? `${folders.length} thư mục` : 'thư mục'} ${folders.map((f) => `${q(f.name)} (${f.url})`).join(', ')} với: ${emails.join(', ')}. Google không gửi thư báo: văn phòng gửi đường link trên cho hội đồng.`,
  partly: (failed: readonly string[]) =>
    `Chưa chia sẻ được với: ${failed.join(', ')} (Drive từ chối địa chỉ này, ví dụ tài khoản không dùng Google hoặc đơn vị chặn chia sẻ ra ngoài).`,
} as const;

/** The offline `evidence-index` command (kept apart so the Apps Script bundle leaves it out). */
export const EVIDENCE_INDEX_TEXT = {
  argWorkbook: 'tên tệp .xlsx cần lập hồ sơ minh chứng (ví dụ: evidence-index cao-an-2023.xlsx -o ho-so.xlsx)',
  badOutput: (file: string) =>
    `Tệp ra ${q(file)} phải có đuôi .xlsx (bảng tính) hoặc .docx (văn bản Word). Ví dụ: -o ho-so-minh-chung.xlsx.`,
  written: (file: string, criteria: number, documents: number, missing: number) =>
    `Đã ghi hồ sơ minh chứng vào ${q(file)}: ${criteria} tiêu chí, ${documents} tài liệu, ${missing} tiêu chí chưa có tài liệu kiểm chứng.`,
  sheetName: 'Hồ sơ minh chứng',
  documentName: (year: string, unit: string) =>
    `Hồ sơ minh chứng Chỉ số CCHC${year ? ` ${year}` : ''}${unit ? ` – ${unit}` : ''}`,
  creator: 'Chỉ số CCHC',
} as const;
