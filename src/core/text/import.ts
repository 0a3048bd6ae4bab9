/** Texts of importing a province's criteria table (the core parser, the CLI and the Sheets command). */
import { formatNumber } from '../format';

const q = (s: unknown): string => `“${String(s).length > 60 ? String(s).slice(0, 57) + '…' : String(s)}”`;
/** A path the user must find again (where the draft went) is shown whole, however long. */
const qPath = (s: string): string => `“${s}”`;
const n = (x: number) => formatNumber(x);

/** Header words, compared without case; the first column whose header contains one of them wins. */
export const IMPORT_HEADERS = {
  code: ['stt', 'tt', 'số tt', 'số thứ tự', 'mã'],
  title: ['tiêu chí thành phần', 'tiêu chí', 'lĩnh vực', 'nội dung'],
  max: ['điểm tối đa', 'điểm chuẩn', 'thang điểm', 'điểm'],
  guide: ['hướng dẫn chấm', 'cách chấm', 'phương pháp chấm', 'cách tính điểm', 'hướng dẫn'],
  evidence: ['tài liệu kiểm chứng', 'tài liệu'],
} as const;

/** Point columns that are not the maximum (the unit's or the council's score). */
export const IMPORT_NOT_MAX_WORDS = ['tự chấm', 'tự đánh giá', 'thẩm định', 'đạt được', 'ghi chú'];

/** Words in an area's title that make it bonus, penalty or survey points. */
export const IMPORT_ROLE_WORDS = {
  bonus: ['điểm thưởng', 'điểm cộng', 'cộng điểm'],
  penalty: ['điểm trừ', 'trừ điểm'],
  survey: ['điều tra xã hội học', 'khảo sát', 'mức độ hài lòng', 'sự hài lòng'],
} as const;

export const IMPORT_TOTAL_WORDS = ['tổng cộng', 'tổng điểm', 'tổng số điểm', 'cộng'];

/** Prose words the rule reader understands. */
export const PROSE = {
  point: 'điểm',
  yesNoOnly: ['có/không', 'có / không', 'có hoặc không', 'có, không'],
  yes: 'có',
  no: 'không',
} as const;

export const importMsg = {
  row: (row: number) => `Dòng ${row}`,
  noHeader: () =>
    `Không tìm thấy dòng tiêu đề của bảng. Bảng cần có các cột “STT” (hoặc “TT”), “Tiêu chí” (hoặc “Lĩnh vực”, ` +
    `“Nội dung”) và “Điểm tối đa” (hoặc “Điểm chuẩn”). Dán cả dòng tiêu đề rồi nhập lại.`,
  emptyTable: () => `Bảng không có dòng tiêu chí nào dưới dòng tiêu đề.`,
  noArea: (row: number) =>
    `Dòng ${row}: tiêu chí nằm trước mọi lĩnh vực. Dòng lĩnh vực cần số thứ tự La Mã (I, II…) hoặc số (1, 2…) ở cột STT.`,
  pointsNotNumber: (row: number, v: string) =>
    `Dòng ${row}: điểm ${q(v)} không phải là số. Ghi điểm bằng số (ví dụ 2 hoặc 0,5) rồi nhập lại.`,
  pointsMissing: (row: number, code: string) =>
    `Dòng ${row} (${code}): chưa có điểm tối đa. Ghi điểm tối đa rồi nhập lại.`,
  duplicateCode: (row: number, code: string, first: number) =>
    `Dòng ${row}: mã ${code} trùng với dòng ${first}. Sửa số thứ tự của một trong hai dòng rồi nhập lại.`,
  badCode: (row: number, v: string) => `Dòng ${row}: số thứ tự ${q(v)} không đọc được (cần I, II…; 1, 2…; 1.1; a, b…).`,
  ruleAboveMax: (row: number, code: string, points: number, max: number) =>
    `Dòng ${row} (${code}): cách chấm cho ${n(points)} điểm, vượt điểm tối đa ${n(max)}. Sửa điểm tối đa hoặc cách chấm rồi nhập lại.`,
  // ---- to confirm (the draft is written) ----
  manual: (row: number, code: string) =>
    `Dòng ${row} (${code}): không đọc được cách chấm, để “Nhập điểm”; lời hướng dẫn được giữ làm giải thích. Kiểm tra và ghi cách chấm nếu cần.`,
  ruleBelowMax: (row: number, code: string, points: number, max: number) =>
    `Dòng ${row} (${code}): cách chấm cho nhiều nhất ${n(points)} điểm, thấp hơn điểm tối đa ${n(max)}. Kiểm tra lại.`,
  childrenSum: (row: number, code: string, sum: number, max: number) =>
    `Dòng ${row} (${code}): tổng điểm các tiêu chí con là ${n(sum)}, khác điểm tối đa ${n(max)}. Kiểm tra lại.`,
  areaSum: (row: number, code: string, sum: number, max: number) =>
    `Dòng ${row} (lĩnh vực ${code}): tổng điểm các tiêu chí là ${n(sum)}, khác điểm tối đa của lĩnh vực ${n(max)}. Kiểm tra lại.`,
  totalSum: (row: number, sum: number, total: number) =>
    `Dòng ${row}: dòng tổng ghi ${n(total)} điểm, nhưng tổng các lĩnh vực (không kể điểm thưởng, điểm trừ) là ${n(sum)}. Kiểm tra lại.`,
  survey: (row: number, code: string) =>
    `Dòng ${row} (${code}): điểm điều tra xã hội học do văn phòng nhập theo kết quả tỉnh công bố, đơn vị không tự chấm.`,
  bandWhat: { ratings: 'Xếp loại', groups: 'Phân nhóm' },
  bandsDefault: (what: string) =>
    `${what} lấy theo mặc định (bảng không ghi). Đối chiếu với quyết định của tỉnh và sửa nếu khác.`,
  bandsRead: (row: number, what: string, text: string) =>
    `${row > 0 ? `Dòng ${row}: ` : ''}${what} đọc từ bảng (điểm đổi ra % của tổng điểm tối đa): ${text}.`,
  bandsUnread: (row: number, what: string) =>
    `${row > 0 ? `Dòng ${row}: ` : ''}chưa đọc được ${what.toLowerCase()} ghi trong bảng; tạm lấy theo mặc định. Sửa theo quyết định của tỉnh.`,
  notice: (source: string) =>
    `Bộ tiêu chí nhập từ bảng ${q(source)} — đối chiếu với quyết định của UBND tỉnh trước khi dùng.`,
  defaultName: 'Bộ tiêu chí Chỉ số CCHC cấp xã (nhập từ bảng)',
  summary: (areas: number, criteria: number, rules: number, manual: number, groups: number) =>
    `Đã đọc ${areas} lĩnh vực, ${criteria} tiêu chí: ${rules} có cách chấm, ${manual} để “Nhập điểm”, ${groups} nhóm.`,
  extras: (bonus: number, penalty: number, survey: number) =>
    `Điểm thưởng: ${bonus} tiêu chí; điểm trừ: ${penalty} tiêu chí; điều tra xã hội học: ${survey} tiêu chí.`,
  toConfirm: (count: number) => `Cần văn phòng xác nhận (${count}):`,
  allUnderstood: 'Mọi dòng đều đọc được.',
  failed: (file: string) => `Không nhập được bảng ${q(file)}; chưa ghi gì:`,
  written: (file: string) => `Đã ghi bộ tiêu chí nháp ra ${qPath(file)}.`,
  notDocx: (file: string) =>
    `Tệp ${q(file)} không phải tệp Word .docx hợp lệ (có thể bị hỏng, hoặc là tệp .doc cũ đổi đuôi). Mở bằng Word và lưu dạng .docx.`,
  tableFileType: (file: string) =>
    `Tệp ${q(file)} không phải .docx hoặc .xlsx. Lưu bảng tiêu chí dạng Word (.docx) hoặc Excel (.xlsx) rồi nhập lại.`,
  needOutput: 'Cần ghi rõ tệp kết quả bằng -o (ví dụ: catalogue import bang-tieu-chi.docx -o bo-tieu-chi.json).',
  argTableFile: 'tên tệp bảng tiêu chí .docx hoặc .xlsx (ví dụ: catalogue import phu-luc.docx -o bo-tieu-chi.json)',
};

/** Bonus, penalty and survey points where results are shown (Tổng hợp, sidebar, report). */
export const EXTRA_TEXT = {
  /** The area row's "Loại" cell, which keeps the role in the workbook. */
  areaKind: {
    bonus: 'Lĩnh vực – điểm thưởng',
    penalty: 'Lĩnh vực – điểm trừ',
    survey: 'Lĩnh vực – điều tra xã hội học',
  },
  bonusLabel: 'Điểm thưởng (cộng ngoài điểm tối đa)',
  penaltyLabel: 'Điểm trừ',
  roleSuffix: { bonus: ' (điểm thưởng)', penalty: ' (điểm trừ)', survey: ' (điều tra xã hội học)' },
  sidebarExtras: (bonus: string, penalty: string) => `Đã gồm điểm thưởng +${bonus}, điểm trừ −${penalty}.`,
  surveySource: (title: string) =>
    `Điểm ${title.toLocaleLowerCase('vi')} do văn phòng nhập theo kết quả điều tra xã hội học do tỉnh công bố; đơn vị không tự chấm.`,
  reportExtras: (bonus: string, penalty: string) =>
    `Điểm thưởng: +${bonus} điểm; điểm trừ: −${penalty} điểm (ngoài điểm tối đa).`,
} as const;

/** The Sheets menu item that reads a table the office pasted into a tab. */
export const IMPORT_SHEET_TEXT = {
  menu: 'Nhập bộ tiêu chí từ bảng',
  title: 'Nhập bộ tiêu chí từ bảng',
  pickTab: (tab: string) =>
    `Tab ${q(tab)} là bảng theo dõi của tiện ích, không phải bảng tiêu chí của tỉnh. Dán bảng tiêu chí (sao chép từ ` +
    `quyết định, bản Word hoặc PDF) vào một tab mới, mở tab đó rồi chọn lại mục này.`,
  failed: (tab: string, lines: readonly string[]) =>
    `Không nhập được bảng ở tab ${q(tab)}; chưa thay đổi gì:\n${lines.slice(0, 10).join('\n')}`,
  draft: (name: string, summary: string, extras: string, confirm: readonly string[]) =>
    [
      `Bộ tiêu chí nháp: ${name}`,
      summary,
      extras,
      confirm.length > 0
        ? `Cần xác nhận (${confirm.length}):\n${confirm.slice(0, 10).join('\n')}`
        : importMsg.allUnderstood,
      confirm.length > 10 ? `… và ${confirm.length - 10} dòng khác.` : '',
      'Áp dụng bộ tiêu chí này cho các bảng theo dõi? Số liệu đã nhập được giữ theo mã tiêu chí; tiêu chí không còn ' +
        'trong bộ mới được đánh dấu ngừng áp dụng, không bị xóa. Nếu bộ mới dùng lại một mã cho nội dung khác, kiểm tra lại số liệu của dòng đó ' +
        '(với năm mới, nên “Tạo năm mới” trước rồi mới nhập bộ tiêu chí).',
    ]
      .filter((l) => l !== '')
      .join('\n\n'),
} as const;
