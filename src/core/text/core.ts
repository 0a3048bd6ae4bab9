/**
 * Every Vietnamese text a user sees from the core, in one place. Identifiers stay English.
 * Messages say what is wrong and what to do; the caller adds the cell address.
 */
import { formatNumber } from '../format';

const q = (s: unknown): string => `“${String(s).length > 60 ? String(s).slice(0, 57) + '…' : String(s)}”`;

export const KIND_LABELS = {
  ratio: 'Tỷ lệ a/b',
  yesno: 'Có/Không',
  status: 'Trạng thái',
  count: 'Số lượng',
  checklist: 'Danh mục',
  manual: 'Nhập điểm',
  group: 'Nhóm (tổng tiêu chí con)',
  retired: 'Ngừng áp dụng',
} as const;

export const AREA_KIND_LABEL = 'Lĩnh vực';

export const SEVERITY_LABELS = { error: 'Lỗi', warning: 'Cảnh báo' } as const;

/** The unit type a workbook without a "Loại đơn vị" row is taken to be. */
export const DEFAULT_UNIT_TYPE = 'Xã';
export const YES_WORD = 'Có';
export const NO_WORD = 'Không';
export const ELSE_WORD = 'còn lại';
export const RATIO_WORD = 'tỷ lệ';

export const msg = {
  // ---- cell values ------------------------------------------------------------------------
  notANumber: (v: unknown) => `${q(v)} không phải là số. Nhập một số (ví dụ 12).`,
  notAWholeNumber: (v: number) => `${formatNumber(v)} không phải số nguyên. Nhập số lượng nguyên (ví dụ 12).`,
  negative: (v: number) => `Số âm (${formatNumber(v)}) không hợp lệ. Nhập số ≥ 0.`,
  countTooLarge: (limit: number) =>
    `Số quá lớn (trên ${formatNumber(limit)}), không thể là số lượng thật. Kiểm tra lại số đã nhập (có thể gõ thừa chữ số hoặc dán nhầm).`,
  formulaError: (v: string) => `Ô đang báo lỗi công thức ${v}. Sửa công thức hoặc nhập trực tiếp con số.`,
  ambiguousDecimal: (v: string) =>
    `Không rõ ${q(v)} là số thập phân hay có dấu phân cách hàng nghìn. Viết số thập phân bằng dấu phẩy (1,5) và số nguyên không có dấu chấm (1234).`,
  textNumberAccepted: (v: string, n: number) =>
    `Số được gõ dạng chữ ${q(v)}, đã hiểu là ${formatNumber(n)}. Nên nhập lại dạng số để tránh hiểu nhầm.`,
  dateInNumberCell: () => `Ô chứa ngày tháng, không phải số. Nhập một con số.`,
  booleanInNumberCell: () => `Ô chứa ô đánh dấu (TRUE/FALSE), không phải số. Nhập một con số.`,
  textTooLong: (n: number, max: number) =>
    `Nội dung dài ${formatNumber(n)} ký tự, quá ${formatNumber(max)} ký tự. Rút gọn hoặc đưa vào tài liệu kiểm chứng.`,
  formulaLikeText: (v: string) =>
    `Nội dung ${q(v)} bắt đầu bằng ký tự công thức (=, +, -, @). Sẽ được giữ nguyên là chữ; nếu là công thức, hãy kiểm tra lại.`,

  // ---- entries ----------------------------------------------------------------------------
  missing: (what: string) => `Chưa nhập ${what}. Nhập số liệu hoặc đánh dấu “Không phát sinh” nếu tiêu chí cho phép.`,
  missingNoNa: (what: string) => `Chưa nhập ${what}. Tiêu chí này bắt buộc phải có số liệu.`,
  aGreaterThanB: (a: number, b: number) =>
    `Số liệu a (${formatNumber(a)}) lớn hơn số liệu b (${formatNumber(b)}). a là phần đã đạt, b là tổng số: kiểm tra lại hai ô.`,
  zeroDenominator: (naAllowed: boolean) =>
    naAllowed
      ? `Số liệu b = 0 nên không tính được tỷ lệ. Nếu trong năm không phát sinh, đánh dấu “Không phát sinh”; nếu có, nhập tổng số.`
      : `Số liệu b = 0 nên không tính được tỷ lệ. Nhập tổng số (b > 0).`,
  notInList: (v: string, options: string[], suggestion?: string) =>
    `${q(v)} không có trong danh sách` +
    (suggestion
      ? `. Có phải “${suggestion}”? Chọn đúng giá trị (có dấu) từ danh sách thả xuống.`
      : `. Chọn một trong: ${options.join('; ')}.`),
  notYesNo: (v: string, suggestion?: string) =>
    suggestion
      ? `${q(v)} không hợp lệ. Có phải “${suggestion}”? Chọn “${YES_WORD}” hoặc “${NO_WORD}”.`
      : `${q(v)} không hợp lệ. Chọn “${YES_WORD}” hoặc “${NO_WORD}”.`,
  checklistBadItem: (v: string, count: number) =>
    `${q(v)} không phải số thứ tự hình thức hợp lệ. Ghi các số thứ tự từ 1 đến ${count}, cách nhau bằng dấu phẩy (ví dụ: 1, 2, 4).`,
  pointsAboveMax: (p: number, max: number) =>
    `Điểm ${formatNumber(p)} vượt điểm tối đa ${formatNumber(max)}. Nhập điểm từ 0 đến ${formatNumber(max)}.`,
  naNotAllowed: () => `Tiêu chí này không được đánh dấu “Không phát sinh”. Bỏ đánh dấu và nhập số liệu.`,
  naWithData: () =>
    `Đã đánh dấu “Không phát sinh” nhưng vẫn có số liệu. Xóa số liệu hoặc bỏ đánh dấu; hiện đang tính là không phát sinh.`,
  naValueInvalid: (v: string) =>
    `${q(v)} không hợp lệ ở cột Không phát sinh. Chọn “x” (không phát sinh) hoặc để trống.`,
  evidenceMissing: () => `Thiếu tài liệu kiểm chứng. Dán đường link tài liệu hoặc ghi giải trình.`,
  unusedInput: (col: string) => `Cột ${col} không dùng cho loại tiêu chí này; số liệu ở đây không được tính.`,
  groupHasInput: () => `Tiêu chí nhóm được tính bằng tổng các tiêu chí con; số liệu nhập ở dòng này không được tính.`,
  appraisalInvalid: (detail: string) => `Điểm thẩm định: ${detail}`,
  appraisal1Invalid: (detail: string) => `Điểm thẩm định lần 1: ${detail}`,

  // ---- catalogue --------------------------------------------------------------------------
  catalogueEmpty: () => `Bộ tiêu chí không có lĩnh vực nào. Chạy “Khởi tạo / cập nhật bảng theo dõi”.`,
  duplicateCode: (code: string) => `Mã ${code} bị trùng. Mỗi tiêu chí phải có một mã riêng; sửa hoặc xóa dòng trùng.`,
  badCode: (code: string) => `Mã ${q(code)} không đúng dạng số có dấu chấm (ví dụ 3.1.2).`,
  orphanCode: (code: string, parent: string) =>
    `Tiêu chí ${code} không có tiêu chí cha ${parent} trong cùng lĩnh vực. Thêm dòng ${parent} hoặc sửa mã.`,
  wrongArea: (code: string, area: string) =>
    `Mã ${code} không thuộc lĩnh vực ${area} của bảng này. Chuyển dòng sang đúng bảng hoặc sửa mã.`,
  childrenExceedParent: (code: string, sum: number, max: number) =>
    `Tổng điểm tối đa các tiêu chí con của ${code} là ${formatNumber(sum)}, vượt điểm tối đa ${formatNumber(max)} của nó. Sửa điểm tối đa.`,
  childrenBelowParent: (code: string, sum: number, max: number) =>
    `Các tiêu chí con của ${code} cộng lại được ${formatNumber(sum)} điểm tối đa, thiếu ${formatNumber(max - sum)} so với điểm tối đa ${formatNumber(max)} của ${code} (có thể một dòng tiêu chí con đã bị xóa). Phần thiếu tính 0 điểm. Khôi phục dòng đã xóa (Hoàn tác, hoặc lịch sử phiên bản) hoặc chạy “Khởi tạo / cập nhật bảng theo dõi”.`,
  groupWithoutChildren: (code: string) =>
    `Tiêu chí nhóm ${code} không có tiêu chí con. Thêm tiêu chí con hoặc đổi loại.`,
  childrenOfLeaf: (code: string) => `Tiêu chí ${code} có tiêu chí con nên phải có loại “${KIND_LABELS.group}”.`,
  negativeMax: (code: string) => `Điểm tối đa của ${code} phải là số ≥ 0.`,
  tooManyDecimals: (code: string) => `Điểm của ${code} chỉ được có tối đa 3 chữ số thập phân.`,
  unknownKind: (code: string, v: string) =>
    `Loại ${q(v)} của ${code} không hợp lệ. Chọn một trong: ${Object.values(KIND_LABELS).join('; ')}.`,
  missingTitle: (code: string) => `Tiêu chí ${code} chưa có tên.`,
  ruleEmpty: (code: string) => `Tiêu chí ${code} chưa có cách chấm.`,
  ruleSyntax: (code: string, part: string) =>
    `Cách chấm của ${code}: không hiểu ${q(part)}. Viết dạng “điều kiện: điểm”, cách nhau bằng dấu chấm phẩy, ví dụ “= 100%: 2; ≥ 80%: 1; còn lại: 0”.`,
  ruleNeedsPercent: (code: string, part: string) =>
    `Cách chấm của ${code} (loại tỷ lệ): ngưỡng ${q(part)} phải ghi bằng phần trăm, ví dụ “≥ 80%”.`,
  ruleNoPercentForCount: (code: string, part: string) =>
    `Cách chấm của ${code} (loại số lượng): ngưỡng ${q(part)} là số lượng, không ghi dấu %.`,
  ruleProportionalNotRatio: (code: string) =>
    `Cách chấm của ${code}: “tỷ lệ × điểm” chỉ dùng cho loại ${KIND_LABELS.ratio}.`,
  ruleTiersOutOfOrder: (code: string) =>
    `Cách chấm của ${code}: các mức chưa theo thứ tự. Sắp các ngưỡng từ cao xuống thấp (hoặc từ thấp lên cao), “còn lại” ở cuối.`,
  ruleTierUnreachable: (code: string, tier: string, earlier: string) =>
    `Cách chấm của ${code}: mức ${q(tier)} chồng lên mức ${q(earlier)} đứng trước nên không bao giờ được áp dụng. Sửa ngưỡng hoặc thứ tự.`,
  ruleElseNotLast: (code: string) => `Cách chấm của ${code}: “còn lại” phải là mức cuối cùng.`,
  rulePointsAboveMax: (code: string, p: number, max: number) =>
    `Cách chấm của ${code}: mức ${formatNumber(p)} điểm vượt điểm tối đa ${formatNumber(max)}.`,
  ruleNegativePoints: (code: string) => `Cách chấm của ${code}: điểm không được âm.`,
  ruleYesNoLabels: (code: string) =>
    `Cách chấm của ${code} (loại ${KIND_LABELS.yesno}): ghi dạng “${YES_WORD}: 1; ${NO_WORD}: 0”.`,
  ruleDuplicateOption: (code: string, label: string) => `Cách chấm của ${code}: lựa chọn ${q(label)} bị lặp.`,
  ruleChecklistAboveMax: (code: string, sum: number, max: number) =>
    `Cách chấm của ${code}: tổng điểm các hình thức (${formatNumber(sum)}) vượt điểm tối đa ${formatNumber(max)}.`,
  targetInvalid: (code: string, v: string) =>
    `Chỉ tiêu kế hoạch ${q(v)} của ${code} không đúng dạng (ví dụ “≥ 90%”, “= 0” hoặc một giá trị trong danh sách).`,
  areaMaxMismatch: (area: string, sum: number, max: number) =>
    `Lĩnh vực ${area}: tổng điểm tối đa các tiêu chí là ${formatNumber(sum)}, khác điểm tối đa của lĩnh vực (${formatNumber(max)}). Kiểm tra lại bộ tiêu chí.`,
  areaCriteriaMissing: (area: string, sum: number, max: number) =>
    `Lĩnh vực ${area}: các tiêu chí còn lại cộng được ${formatNumber(sum)} điểm tối đa, thiếu ${formatNumber(max - sum)} so với điểm tối đa ${formatNumber(max)} của lĩnh vực (có thể một dòng tiêu chí đã bị xóa). Phần thiếu tính 0 điểm. Khôi phục dòng đã xóa (Hoàn tác, hoặc lịch sử phiên bản) hoặc chạy “Khởi tạo / cập nhật bảng theo dõi”.`,
  duplicateArea: (code: string) => `Lĩnh vực ${code} xuất hiện ở nhiều bảng. Mỗi lĩnh vực chỉ một bảng.`,
  bandsSyntax: (what: string, part: string) =>
    `${what}: không hiểu ${q(part)}. Viết dạng “≥ 90% và mọi lĩnh vực ≥ 70%: Hoàn thành xuất sắc; …; còn lại: Không hoàn thành”.`,
  bandsOutOfOrder: (what: string) => `${what}: các mức phải sắp từ cao xuống thấp, “còn lại” ở cuối.`,
  catalogueJson: (path: string, detail: string) => `Tệp bộ tiêu chí không hợp lệ tại ${path || 'gốc'}: ${detail}`,
  catalogueJsonParse: () => `Tệp bộ tiêu chí không phải JSON hợp lệ.`,

  // ---- workbook structure -----------------------------------------------------------------
  noAreaTabs: () =>
    `Không tìm thấy bảng lĩnh vực nào (bảng có hàng tiêu đề Mã · Tiêu chí · …). Chạy “Khởi tạo / cập nhật bảng theo dõi”.`,
  headerMoved: (tab: string, from: number, to: number) =>
    `Bảng ${q(tab)}: hàng tiêu đề đang ở hàng ${to} thay vì hàng ${from}. Vẫn đọc được; chạy “Khởi tạo / cập nhật” để sắp lại.`,
  headerColumnsChanged: (tab: string, col: string, expected: string, found: string) =>
    `Bảng ${q(tab)}: cột ${col} phải là ${q(expected)} nhưng đang là ${q(found)}. Không chấm được bảng này; hoàn tác việc chèn/xóa/đổi tên cột.`,
  areaTabMissing: (code: string, title: string) =>
    `Thiếu bảng của lĩnh vực ${code}. ${title} (có thể đã bị xóa). Chạy “Khởi tạo / cập nhật bảng theo dõi” để tạo lại; số liệu của lĩnh vực này chưa được tính.`,
  areaTabMissingCounted: (code: string, title: string, max: string) =>
    `Không đọc được bảng của lĩnh vực ${code}. ${title} (bảng đã bị xóa, hoặc hàng tiêu đề bị sửa): lĩnh vực này đang tính 0/${max} điểm. Khôi phục bảng (bản lưu trước, hoặc lịch sử phiên bản của Google Sheets) hoặc hoàn tác thay đổi ở hàng tiêu đề; nếu không khôi phục được, chạy “Khởi tạo / cập nhật bảng theo dõi” để tạo lại bảng trống.`,
  areaRowMissing: (tab: string) =>
    `Bảng ${q(tab)} không có dòng lĩnh vực (Loại = “${AREA_KIND_LABEL}”). Thêm lại dòng lĩnh vực hoặc chạy “Khởi tạo / cập nhật”.`,
  mergedInput: () => `Ô nhập liệu đang bị gộp (merge) với ô khác. Bỏ gộp ô để số liệu được đọc đúng.`,
  retiredRow: (code: string) =>
    `Tiêu chí ${code} đã ngừng áp dụng theo bộ tiêu chí mới; số liệu được giữ lại nhưng không tính điểm.`,
  rowWithoutCode: () => `Dòng có số liệu nhưng không có mã tiêu chí; không được tính điểm.`,

  // ---- results ----------------------------------------------------------------------------
  notApplicable: 'Không phát sinh',
  ok: 'Hợp lệ',
} as const;

export type MessageKey = keyof typeof msg;

/** The Tổng hợp tab, offline and in Sheets (src/core/summary.ts). */
export const SUMMARY_TEXT = {
  title: 'TỔNG HỢP KẾT QUẢ TỰ CHẤM ĐIỂM CHỈ SỐ CCHC',
  notScored: 'Chưa chấm điểm. Tab này được ghi lại mỗi lần chấm điểm (lệnh “score”); không nhập vào đây.',
  scored: 'Kết quả lần chấm gần nhất; được ghi lại mỗi lần chấm điểm, không nhập vào đây.',
  headers: {
    code: 'Mã',
    title: 'Lĩnh vực',
    max: 'Điểm tối đa',
    applicableMax: 'Điểm tối đa (áp dụng)',
    points: 'Điểm tự chấm',
    percent: 'Tỷ lệ đạt',
    appraisal: 'Điểm thẩm định',
    errors: 'Lỗi',
    warnings: 'Cảnh báo',
  },
  indexRow: 'Chỉ số CCHC (tổng)',
  group: 'Phân nhóm',
  rating: 'Xếp loại',
  heldDownBy: 'Lĩnh vực dưới mức sàn của xếp loại cao hơn',
  appraisalPercent: 'Chỉ số theo điểm thẩm định',
  errors: 'Tổng số lỗi',
  warnings: 'Tổng số cảnh báo',
  workbookWide: 'Lỗi/cảnh báo chung của bảng (không thuộc lĩnh vực nào)',
} as const;
