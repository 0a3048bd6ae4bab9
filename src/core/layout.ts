/**
 * The one definition of the workbook's layout: tab names, the columns of an area tab, the rows of
 * Thông tin chung. Setup, reading, writing, messages' cell addresses and the .xlsx shell all use it;
 * no column index is written anywhere else.
 *
 * Columns are grouped so that each group is contiguous: catalogue (office), inputs (officials),
 * computed (written by "Tính điểm" in one block), appraisal (office: the final appraisal), history
 * (new-year carry-over), rounds (the first appraisal and the unit's giải trình). The rounds group is
 * last so that a file made before it (one appraisal column) still has every other column in place:
 * its single "Điểm thẩm định" is the final appraisal.
 */
export type ColumnRole = 'catalogue' | 'input' | 'computed' | 'appraisal' | 'history' | 'rounds';

export interface ColumnDef {
  readonly key: string;
  readonly header: string;
  readonly role: ColumnRole;
  /** Width in pixels (Sheets) — the .xlsx shell converts. */
  readonly width: number;
  /** The note on the header cell: what to enter. */
  readonly note: string;
}

export const AREA_COLUMNS = [
  {
    key: 'code',
    header: 'Mã',
    role: 'catalogue',
    width: 56,
    note: 'Mã tiêu chí (1.1, 1.1.2 …). Văn phòng quản lý; không sửa.',
  },
  { key: 'title', header: 'Tiêu chí', role: 'catalogue', width: 320, note: 'Tên tiêu chí theo bộ tiêu chí.' },
  { key: 'maxPoints', header: 'Điểm tối đa', role: 'catalogue', width: 80, note: 'Điểm tối đa của tiêu chí.' },
  {
    key: 'kind',
    header: 'Loại',
    role: 'catalogue',
    width: 180,
    note: 'Cách nhập số liệu: Tỷ lệ a/b, Có/Không, Trạng thái, Số lượng, Danh mục, Nhập điểm, Nhóm.',
  },
  {
    key: 'rule',
    header: 'Cách chấm',
    role: 'catalogue',
    width: 260,
    note: 'Cách tính điểm, ví dụ “= 100%: 2; ≥ 80%: 1; còn lại: 0”. Văn phòng có thể sửa theo quyết định của tỉnh.',
  },
  {
    key: 'naAllowed',
    header: 'Được KPS',
    role: 'catalogue',
    width: 80,
    note: '“Có” nếu tiêu chí được đánh dấu không phát sinh.',
  },
  {
    key: 'target',
    header: 'Chỉ tiêu KH',
    role: 'catalogue',
    width: 80,
    note: 'Chỉ tiêu của kế hoạch năm, ví dụ “≥ 90%”.',
  },
  {
    key: 'a',
    header: 'Số liệu a',
    role: 'input',
    width: 80,
    note: 'Loại Tỷ lệ a/b: phần đã đạt (số nguyên ≥ 0), ví dụ số hồ sơ giải quyết đúng hạn.',
  },
  {
    key: 'b',
    header: 'Số liệu b',
    role: 'input',
    width: 80,
    note: 'Loại Tỷ lệ a/b: tổng số (số nguyên > 0), ví dụ tổng số hồ sơ đã giải quyết.',
  },
  {
    key: 'value',
    header: 'Giá trị / lựa chọn',
    role: 'input',
    width: 180,
    note: 'Có/Không, Trạng thái: chọn trong danh sách. Số lượng: số nguyên ≥ 0. Danh mục: số thứ tự các hình thức đã làm, ví dụ “1, 2, 4”. Nhập điểm: điểm từ 0 đến tối đa.',
  },
  {
    key: 'na',
    header: 'Không phát sinh',
    role: 'input',
    width: 80,
    note: 'Chọn “x” nếu trong năm không phát sinh (chỉ với tiêu chí được phép). Tiêu chí không tính vào điểm tối đa.',
  },
  {
    key: 'evidence',
    header: 'Tài liệu kiểm chứng',
    role: 'input',
    width: 240,
    note: 'Đường link tài liệu kiểm chứng (Google Drive…), hoặc số, ngày văn bản.',
  },
  {
    key: 'explanation',
    header: 'Giải trình',
    role: 'input',
    width: 240,
    note: 'Giải trình khi thiếu tài liệu hoặc không đạt điểm tối đa: nguyên nhân, hướng khắc phục.',
  },
  { key: 'owner', header: 'Người phụ trách', role: 'input', width: 180, note: 'Họ tên công chức phụ trách số liệu.' },
  { key: 'ratio', header: 'Tỷ lệ %', role: 'computed', width: 80, note: 'Tự tính khi bấm “Tính điểm”. Không nhập.' },
  {
    key: 'points',
    header: 'Điểm tự chấm',
    role: 'computed',
    width: 80,
    note: 'Tự tính khi bấm “Tính điểm”. Không nhập.',
  },
  {
    key: 'check',
    header: 'Kiểm tra',
    role: 'computed',
    width: 260,
    note: 'Lỗi và cảnh báo của dòng, tự ghi khi bấm “Tính điểm”. Không nhập.',
  },
  {
    key: 'appraisal',
    header: 'Điểm thẩm định',
    role: 'appraisal',
    width: 80,
    note: 'Điểm thẩm định cuối cùng (lần 2, sau giải trình), văn phòng nhập. Để trống: giữ điểm thẩm định lần 1, nếu không có thì giữ điểm tự chấm.',
  },
  {
    key: 'appraisalNote',
    header: 'Ghi chú thẩm định',
    role: 'appraisal',
    width: 180,
    note: 'Lý do trừ điểm theo kết quả thẩm định cuối cùng.',
  },
  {
    key: 'previousPoints',
    header: 'Điểm năm trước',
    role: 'history',
    width: 80,
    note: 'Điểm của năm trước (điểm thẩm định nếu có, nếu không là điểm tự chấm), chuyển sang khi tạo năm mới.',
  },
  {
    key: 'appraisal1',
    header: 'Điểm thẩm định lần 1',
    role: 'rounds',
    width: 80,
    note: 'Điểm đoàn thẩm định chấm lần 1 (văn phòng nhập). Để trống: giữ điểm tự chấm.',
  },
  {
    key: 'appraisal1Note',
    header: 'Ghi chú thẩm định lần 1',
    role: 'rounds',
    width: 180,
    note: 'Lý do trừ điểm ở lần thẩm định 1.',
  },
  {
    key: 'response',
    header: 'Giải trình sau thẩm định',
    role: 'rounds',
    width: 240,
    note: 'Giải trình của đơn vị với tiêu chí bị trừ điểm ở lần 1 (công chức phụ trách nhập, chỉ trong bước giải trình).',
  },
] as const satisfies readonly ColumnDef[];

export type ColumnKey = (typeof AREA_COLUMNS)[number]['key'];

/** 1-based rows of an area tab. */
export const AREA_ROWS = { title: 1, notice: 2, header: 3, firstData: 4 } as const;

/** How far down the reader looks for a header row that was moved. */
export const HEADER_SEARCH_ROWS = 15;

const INDEX_BY_KEY = new Map<string, number>(AREA_COLUMNS.map((c, i) => [c.key, i]));

/** 0-based index of a column in an area tab. */
export function col(key: ColumnKey): number {
  return INDEX_BY_KEY.get(key)!;
}

/** 1-based column number, as Apps Script's getRange wants it. */
export function colNumber(key: ColumnKey): number {
  return col(key) + 1;
}

export function columnLetter(oneBased: number): string {
  let n = oneBased;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B4:C9" for a block given as in getRange(row, column, numRows, numColumns). */
export function blockA1(row: number, column: number, numRows: number, numColumns: number): string {
  return `${columnLetter(column)}${row}:${columnLetter(column + numColumns - 1)}${row + numRows - 1}`;
}

export function letterOf(key: ColumnKey): string {
  return columnLetter(colNumber(key));
}

export function columnsWithRole(role: ColumnRole): ColumnDef[] {
  return AREA_COLUMNS.filter((c) => c.role === role);
}

/** First and count of a contiguous group of columns, 1-based. */
export function roleSpan(role: ColumnRole): { first: number; count: number } {
  const idx = AREA_COLUMNS.map((c, i) => (c.role === role ? i : -1)).filter((i) => i >= 0);
  return { first: idx[0] + 1, count: idx.length };
}

export const AREA_WIDTH = AREA_COLUMNS.length;

/** Columns a file made before the rounds group has (its header row ends here). */
export const LEGACY_AREA_WIDTH = AREA_COLUMNS.filter((c) => c.role !== 'rounds').length;

/** "'3. Cải cách TTHC'!F12" is how Sheets writes it; messages use the plain form "3. Cải cách TTHC!F12". */
export function cellAddress(sheet: string, row: number, key: ColumnKey): string {
  return `${sheet}!${letterOf(key)}${row}`;
}

// ---- The other tabs -----------------------------------------------------------------------

export const TAB_NAMES = {
  info: 'Thông tin chung',
  assignments: 'Phân công',
  summary: 'Tổng hợp',
  log: 'Nhật ký',
  snapshot: 'Chốt số liệu',
  diagnostics: 'Kiểm tra cài đặt',
  uploads: 'Tài liệu đã tải lên',
} as const;

/**
 * "Kiểm tra cài đặt" (src/sheets/diagnostics.ts): title, run line, the two test cells, then the result
 * table (header row, one row per check) in the first DIAGNOSTICS_WIDTH columns. The onEdit probe sits
 * in a column whose edit onEdit ignores on area tabs without a service call (the first computed column),
 * so recording it costs nothing on ordinary edits.
 */
export const DIAGNOSTICS_ROWS = { title: 1, ranAt: 2, probe: 3, scratch: 4, header: 6, firstCheck: 7 } as const;
export const DIAGNOSTICS_WIDTH = 4;
export const DIAGNOSTICS_PROBE = { row: DIAGNOSTICS_ROWS.probe, column: roleSpan('computed').first } as const;
export const DIAGNOSTICS_SCRATCH = { row: DIAGNOSTICS_ROWS.scratch, column: roleSpan('computed').first } as const;

export const AREA_ROW_KIND_LABEL = 'Lĩnh vực';

/** Thông tin chung is a two-column list: label | value. Rows are found by label, not position. */
export const INFO_FIELDS = [
  { key: 'unitType', label: 'Loại đơn vị', example: 'Xã' },
  { key: 'commune', label: 'Tên đơn vị', example: 'Cao An', aliases: ['Tên xã', 'Tên phường', 'Tên đặc khu'] },
  // Files made before 1/7/2025 have it; read so it keeps working, never written into a new tab.
  { key: 'district', label: 'Huyện', example: '', legacy: true },
  {
    key: 'province',
    label: 'Tỉnh / thành phố',
    example: 'Hải Dương',
    aliases: ['Tỉnh', 'Thành phố', 'Tỉnh/thành phố'],
  },
  { key: 'appraisalBody', label: 'Cơ quan thẩm định', example: '' },
  { key: 'office', label: 'Bộ phận tham mưu CCHC', example: '' },
  { key: 'year', label: 'Năm đánh giá', example: 2023 },
  { key: 'planNumber', label: 'Số kế hoạch', example: '11/KH-UBND' },
  { key: 'planDate', label: 'Ngày ban hành kế hoạch', example: '30/01/2023' },
  { key: 'reportNumber', label: 'Số báo cáo', example: '' },
  { key: 'reportDate', label: 'Ngày báo cáo', example: '' },
  { key: 'chairman', label: 'Chủ tịch UBND', example: 'Nguyễn Đức Mạnh', aliases: ['Chủ tịch UBND xã'] },
  { key: 'proposals', label: 'Kiến nghị, đề xuất', example: '' },
  { key: 'previousIndexPercent', label: 'Chỉ số năm trước (%)', example: '' },
  { key: 'previousIndexPoints', label: 'Điểm năm trước', example: '' },
  { key: 'previousAreaPoints', label: 'Điểm năm trước theo lĩnh vực', example: '' },
  { key: 'catalogueName', label: 'Bộ tiêu chí', example: '' },
  { key: 'catalogueNotice', label: 'Lưu ý bộ tiêu chí', example: '' },
  { key: 'groups', label: 'Phân nhóm', example: '' },
  { key: 'ratings', label: 'Xếp loại', example: '' },
  { key: 'areaList', label: 'Các lĩnh vực', example: '' },
  // Deadlines of the round (dd/MM/yyyy); only the first is expected, the others are optional.
  { key: 'selfDeadline', label: 'Hạn tự đánh giá', example: '' },
  { key: 'appraisal1Deadline', label: 'Hạn thẩm định lần 1', example: '' },
  { key: 'responseDeadline', label: 'Hạn giải trình', example: '' },
  { key: 'finalDeadline', label: 'Hạn thẩm định cuối cùng', example: '' },
  // Read by the Google Sheets add-on only (setup's protections, Tính điểm); the .xlsx ignores it.
  { key: 'protectionMode', label: 'Chế độ bảo vệ (Google Sheets)', example: '' },
] as const;

export type InfoKey = (typeof INFO_FIELDS)[number]['key'];

type InfoField = (typeof INFO_FIELDS)[number];

/** The rows a new Thông tin chung gets, in order (legacy rows are only read). */
export const INFO_TEMPLATE_FIELDS: readonly InfoField[] = INFO_FIELDS.filter((f) => !('legacy' in f));

const foldLabel = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();

/** The field a label in column A names: its label or an older file's label, in any case or spacing. */
export function infoFieldOfLabel(label: string): InfoField | undefined {
  const l = foldLabel(label);
  if (!l) return undefined;
  return INFO_FIELDS.find(
    (f) => foldLabel(f.label) === l || ('aliases' in f && f.aliases.some((a) => foldLabel(a) === l)),
  );
}

/** Fields of Thông tin chung that belong to the catalogue (office-only). */
export const INFO_CATALOGUE_KEYS: readonly InfoKey[] = [
  'catalogueName',
  'catalogueNotice',
  'groups',
  'ratings',
  'areaList',
];

export const INFO_ROWS = { title: 1, header: 2, firstField: 3 } as const;
/** Setup's record of the cell settings it applied (src/sheets/setup/applied.ts): a hidden cell of Thông tin chung. */
export const INFO_SETUP_RECORD = { row: 1, column: 5 } as const;

/** Phân công: area code | area | officials' e-mails (comma separated) | officials' names. */
export const ASSIGNMENT_COLUMNS = [
  { key: 'areaCode', header: 'Mã lĩnh vực', width: 80 },
  { key: 'areaTitle', header: 'Lĩnh vực', width: 280 },
  { key: 'emails', header: 'E-mail công chức phụ trách (cách nhau bằng dấu phẩy)', width: 320 },
  { key: 'names', header: 'Họ tên công chức phụ trách', width: 220 },
] as const;
export const ASSIGNMENT_ROWS = { header: 1, firstData: 2 } as const;

export const LOG_COLUMNS = [
  'Thời điểm',
  'Người thực hiện',
  'Việc',
  'Tổng điểm',
  'Chỉ số (%)',
  'Lỗi',
  'Cảnh báo',
  'Điểm theo lĩnh vực',
] as const;

/**
 * "Tài liệu đã tải lên": one row per file uploaded from the sidebar, appended by the upload, read by
 * the evidence pack (src/core/evidence/uploadLog.ts). Columns are found by header, so officials may
 * reorder them or add their own. The first header differs from Nhật ký's so neither tab passes for
 * the other.
 */
export const UPLOAD_LOG_COLUMNS = [
  { key: 'at', header: 'Thời điểm tải lên', width: 140 },
  { key: 'by', header: 'Người tải lên', width: 200 },
  { key: 'areaCode', header: 'Mã lĩnh vực', width: 80 },
  { key: 'criterionCode', header: 'Mã tiêu chí', width: 80 },
  { key: 'fileName', header: 'Tên tài liệu', width: 260 },
  { key: 'url', header: 'Đường link', width: 300 },
  { key: 'linked', header: 'Đã ghi vào ô tài liệu kiểm chứng', width: 110 },
  { key: 'cell', header: 'Ô tài liệu kiểm chứng', width: 180 },
  { key: 'fileId', header: 'Mã tệp trên Drive', width: 160 },
] as const;
export const UPLOAD_LOG_ROWS = { header: 1, firstData: 2 } as const;
