/**
 * Vietnamese text of the hardening fixes: refusals that protect the office's data when the workbook
 * is not shaped the way the add-on expects.
 */

const q = (s: unknown): string => `“${String(s)}”`;

export const HARDENING_TEXT = {
  /** Tổng hợp / Nhật ký found by name but not the add-on's own tab: never written over. */
  reservedTabTaken: (tab: string) =>
    `Bảng ${q(tab)} không phải bảng do tiện ích tạo ra (có thể là một bảng lĩnh vực hoặc bảng riêng của văn phòng đã đặt tên ${q(tab)}). Tính điểm sẽ ghi đè bảng này nên đã dừng, chưa ghi ô nào.`,
  reservedTabTakenHint: (tab: string) => `Đổi tên bảng đó (ví dụ ${q(`${tab} (riêng)`)}) rồi bấm Tính điểm lại; tiện ích sẽ tự tạo bảng ${q(tab)} mới.`,
} as const;
