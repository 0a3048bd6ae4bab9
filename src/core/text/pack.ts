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
  noLink: 'Không có đường link (số, ngày văn bản hoặc bản giấy)',
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
