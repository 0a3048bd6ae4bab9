/**
 * Vietnamese text of the yearly cycle: the district's appraisal shown against the
 * self-assessment, the round lock "Chốt số liệu", "Tạo năm mới", evidence completeness and the
 * self-assessment table — in Sheets (menu, dialogs), offline (CLI) and in the report.
 * Numbers arrive already formatted (format.ts).
 */

const q = (s: string): string => `“${s}”`;

/** Menu labels (src/sheets/menu.ts) and the tab the self-assessment table is written to. */
export const CYCLE_MENU_TEXT = {
  lock: 'Chốt số liệu',
  reopen: 'Mở lại số liệu đã chốt',
  openResponse: 'Mở bước giải trình (sau thẩm định lần 1)',
  closeResponse: 'Đóng bước giải trình (nhập thẩm định cuối cùng)',
  newYear: 'Tạo năm mới (trong bản sao)',
  selfAssessmentTab: 'Ghi bảng tự đánh giá',
  remainingTasks: 'Ghi bảng Việc còn lại (theo công chức)',
} as const;

export const SELF_ASSESSMENT_TAB = 'Bảng tự đánh giá';

/** The step the help dialog (MENU_TEXT.helpBody) gives the yearly cycle. */
export const CYCLE_HELP_STEP =
  '7. Thẩm định: CCHC → Chốt số liệu (khóa ô nhập liệu, lưu bảng Chốt số liệu); văn phòng nhập Điểm thẩm định lần 1 và ghi chú; CCHC → Mở bước giải trình (sau thẩm định lần 1) để công chức giải trình tiêu chí bị trừ điểm; CCHC → Đóng bước giải trình (nhập thẩm định cuối cùng), văn phòng nhập Điểm thẩm định (cuối cùng). Năm sau: Tệp → Tạo bản sao, mở bản sao và chọn CCHC → Tạo năm mới.';

/** "Bảng tổng hợp kết quả tự đánh giá, chấm điểm" (Sheets tab, .xlsx export, report appendix). */
export const SELF_ASSESSMENT_TEXT = {
  title: (year: string) => `BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC${year ? ` NĂM ${year}` : ''}`,
  /**
   * The header must not start with "Mã", "Tiêu chí": that pair marks an area tab (workbook.ts), and
   * this table may sit in the same workbook.
   */
  headers: {
    code: 'Mã số',
    title: 'Tiêu chí',
    max: 'Điểm tối đa',
    points: 'Điểm tự chấm',
    evidence: 'Tài liệu kiểm chứng',
    explanation: 'Giải trình',
  },
  total: 'Tổng cộng',
  na: 'KPS',
  note: 'KPS – không phát sinh (không tính vào điểm tối đa). Bảng được tạo từ bảng theo dõi Chỉ số CCHC; không nhập số liệu vào đây.',
} as const;

/** Tổng hợp: where the district gave fewer points. */
export const CYCLE_SUMMARY_TEXT = {
  appraisalGapHeader: 'Chênh lệch thẩm định',
  appraisal1Header: 'Điểm thẩm định lần 1',
  appraisal1Percent: 'Chỉ số theo thẩm định lần 1',
  responsesDueLabel: 'Tiêu chí bị trừ điểm lần 1 chưa có giải trình',
  /** "2 tiêu chí: 3.5; 7.2" — at most `max` listed. */
  responsesDue: (count: number, items: readonly string[], more: number) =>
    `${count} tiêu chí: ${items.join('; ')}${more > 0 ? ` … (và ${more} tiêu chí khác)` : ''}`,
  appraisalGapsLabel: 'Tiêu chí bị trừ điểm khi thẩm định',
  appraisalGapsNone: 'Không có',
  /** "2 tiêu chí, 3 điểm: 7.2 (−2); 3.5 (−1)" — at most `max` listed. */
  appraisalGaps: (count: number, lost: string, items: readonly string[], more: number) =>
    `${count} tiêu chí, ${lost} điểm: ${items.join('; ')}${more > 0 ? ` … (và ${more} tiêu chí khác)` : ''}`,
  gapItem: (code: string, lost: string) => `${code} (−${lost})`,
} as const;

/** Report: "Kết quả thẩm định" (in III) and "Tài liệu kiểm chứng" (in IV). */
export const CYCLE_REPORT_TEXT = {
  appraisalHeading: 'Kết quả thẩm định của Đoàn thẩm định',
  appraisalLower: (count: number, lost: string, selfPercent: string, appraisalPercent: string) =>
    `Đoàn thẩm định chấm thấp hơn điểm tự đánh giá ở ${count} tiêu chí, tổng cộng ${lost} điểm; Chỉ số CCHC theo điểm thẩm định là ${appraisalPercent} (tự đánh giá ${selfPercent}).`,
  appraisalEqual: (selfPercent: string, appraisalPercent: string) =>
    `Đoàn thẩm định không chấm thấp hơn điểm tự đánh giá ở tiêu chí nào; Chỉ số CCHC theo điểm thẩm định là ${appraisalPercent} (tự đánh giá ${selfPercent}).`,
  appraisalAreasIntro: 'Điểm tự đánh giá và điểm thẩm định theo từng lĩnh vực:',
  appraisalAreaColumns: {
    no: 'TT',
    area: 'Lĩnh vực',
    self: 'Điểm tự đánh giá',
    appraisal: 'Điểm thẩm định',
    difference: 'Chênh lệch',
    criteria: 'Số tiêu chí bị trừ điểm',
  },
  appraisalGapsIntro: 'Các tiêu chí bị Đoàn thẩm định chấm thấp hơn điểm tự đánh giá (sắp xếp theo số điểm bị trừ):',
  appraisalGapColumns: {
    no: 'TT',
    code: 'Mã',
    title: 'Tiêu chí',
    self: 'Điểm tự chấm',
    appraisal: 'Điểm thẩm định',
    lost: 'Điểm bị trừ',
    note: 'Lý do (theo Đoàn thẩm định)',
  },
  appraisalNoNote: 'Chưa ghi lý do',

  evidenceHeading: '3. Tài liệu kiểm chứng',
  evidenceSummary: (total: number, withEvidence: number, explanationOnly: number, none: number, percent: string) =>
    `Trong ${total} tiêu chí được đánh giá, ${withEvidence} tiêu chí có tài liệu kiểm chứng, ${explanationOnly} tiêu chí mới có giải trình, ${none} tiêu chí chưa có tài liệu và giải trình; tỷ lệ tiêu chí có tài liệu kiểm chứng hoặc giải trình đạt ${percent}. Chi tiết theo lĩnh vực:`,
  evidenceColumns: {
    no: 'TT',
    area: 'Lĩnh vực',
    total: 'Số tiêu chí',
    withEvidence: 'Có tài liệu',
    explanationOnly: 'Mới có giải trình',
    none: 'Chưa có',
    complete: 'Tỷ lệ có tài liệu hoặc giải trình',
  },
  total: 'Tổng cộng',
} as const;

/** Sheets: "Chốt số liệu", "Mở lại", "Tạo năm mới", the self-assessment tab. */
export const CYCLE_TEXT = {
  // ---- who may ------------------------------------------------------------------------------
  notOffice: (action: string, user: string) =>
    `Chỉ văn phòng (chủ sở hữu bảng tính hoặc người được quyền sửa bảng Thông tin chung) mới được “${action}”. Tài khoản ${user ? q(user) : 'hiện tại'} không có quyền này.`,
  notOfficeHint:
    'Nhờ văn phòng – thống kê thực hiện, hoặc nhờ chủ sở hữu bảng tính chạy “Khởi tạo / cập nhật bảng theo dõi” để cấp quyền.',
  busy: 'Đang có người tính điểm, cập nhật hoặc chốt số liệu…, vui lòng thử lại sau ít phút.',

  // ---- Chốt số liệu -------------------------------------------------------------------------
  lockProtectionPrefix: 'CCHC-CHỐT:',
  lockProtection: (area: string) => `CCHC-CHỐT: ô nhập liệu lĩnh vực ${area} đã chốt (chỉ văn phòng)`,
  snapshotProtection: 'CCHC: bảng Chốt số liệu (chỉ văn phòng)',
  snapshotBlockTitle: (year: string, when: string, user: string) =>
    `Chốt số liệu${year ? ` năm ${year}` : ''} lúc ${when}${user ? ` – ${user}` : ''}`,
  alreadyLocked: (when: string, user: string) =>
    `Số liệu đã được chốt${when ? ` lúc ${when}` : ''}${user ? ` (${user})` : ''}.`,
  alreadyLockedHint:
    'Muốn chốt lại sau khi sửa số liệu: chọn “Mở lại số liệu đã chốt”, sửa, rồi chốt lần nữa (lần chốt trước vẫn được giữ trong bảng Chốt số liệu).',
  lockDoneTitle: 'Đã chốt số liệu',
  lockDone: (when: string, rows: number, tabs: number, points: string, percent: string, errors: number) =>
    [
      `Đã chốt số liệu lúc ${when}: Chỉ số CCHC ${percent} (${points} điểm).`,
      `Đã lưu ${rows} dòng (số liệu, điểm của từng tiêu chí, từng lĩnh vực và chỉ số) vào bảng “Chốt số liệu” (chỉ văn phòng được sửa); các lần chốt trước vẫn được giữ.`,
      `Ô nhập liệu của ${tabs} bảng lĩnh vực đã khóa: chỉ văn phòng được sửa. Văn phòng vẫn nhập được Điểm thẩm định; “Tính điểm” vẫn chạy bình thường.`,
      errors > 0 ? `Lưu ý: bảng còn ${errors} lỗi; các dòng lỗi được tính 0 điểm trong số liệu đã chốt.` : '',
    ]
      .filter(Boolean)
      .join('\n\n'),

  // ---- Mở lại -------------------------------------------------------------------------------
  notLocked: 'Số liệu chưa được chốt nên không có gì để mở lại.',
  reopenDoneTitle: 'Đã mở lại số liệu',
  reopenDone: (lockedAt: string, notes: readonly string[]) =>
    [
      `Đã mở khóa ô nhập liệu${lockedAt ? ` (đã chốt lúc ${lockedAt})` : ''}; công chức được phân công lại sửa được số liệu của lĩnh vực mình.`,
      'Bảng “Chốt số liệu” vẫn được giữ nguyên.',
      ...notes,
    ].join('\n\n'),

  // ---- Bước giải trình ----------------------------------------------------------------------
  stepNeedsLock: 'Chưa chốt số liệu nên chưa mở được bước giải trình.',
  stepNeedsLockHint:
    'Trình tự: CCHC → Chốt số liệu; văn phòng nhập cột “Điểm thẩm định lần 1” và ghi chú; rồi mở bước giải trình để công chức giải trình các tiêu chí bị trừ điểm.',
  responseAlreadyOpen: 'Bước giải trình đang mở; công chức đang nhập cột “Giải trình sau thẩm định”.',
  responseNotOpen: 'Bước giải trình chưa mở nên không có gì để đóng.',
  responseOpenedTitle: 'Đã mở bước giải trình',
  responseOpened: (notes: readonly string[]) =>
    [
      'Công chức được phân công nay sửa được cột “Giải trình sau thẩm định” của lĩnh vực mình (các ô nhập liệu khác vẫn khóa). Tổng hợp và bảng điều khiển liệt kê các tiêu chí bị trừ điểm lần 1 chưa có giải trình.',
      'Khi đủ giải trình: chọn “Đóng bước giải trình”, rồi nhập “Điểm thẩm định” (cuối cùng) ở các tiêu chí có thay đổi.',
      ...notes,
    ].join('\n\n'),
  responseClosedTitle: 'Đã đóng bước giải trình',
  responseClosed: (notes: readonly string[]) =>
    [
      'Cột “Giải trình sau thẩm định” đã khóa (chỉ văn phòng sửa). Văn phòng nhập “Điểm thẩm định” (lần 2, cuối cùng) ở tiêu chí có thay đổi; để trống là giữ điểm thẩm định lần 1.',
      ...notes,
    ].join('\n\n'),

  // ---- Tạo năm mới --------------------------------------------------------------------------
  newYearTitle: 'Tạo năm mới',
  newYearNotLocked:
    'Chưa chốt số liệu nên chưa tạo được năm mới: số liệu năm cũ phải được lưu trong bảng “Chốt số liệu” trước khi bị xóa.',
  newYearNotLockedHint:
    'Trong tệp gốc: chọn CCHC → Chốt số liệu; sau đó Tệp → Tạo bản sao, mở bản sao và chạy “Tạo năm mới” trong bản sao.',
  noYear: 'Thông tin chung chưa có “Năm đánh giá” (ví dụ 2023) nên không xác định được năm mới.',
  noYearHint: 'Nhập Năm đánh giá ở bảng Thông tin chung (văn phòng) rồi chạy lại.',
  newYearConfirmTitle: 'Tạo năm mới – chỉ làm trong BẢN SAO',
  newYearConfirm: (file: string, year: number, next: number) =>
    [
      `Lệnh này XÓA toàn bộ số liệu năm ${year} trong tệp ${q(file)}: số liệu a, b, giá trị, không phát sinh, tài liệu kiểm chứng, giải trình, điểm tự chấm và điểm thẩm định của mọi tiêu chí (giữ người phụ trách và bộ tiêu chí).`,
      `Điểm năm ${year} được chuyển sang cột “Điểm năm trước” và bảng Thông tin chung để so sánh khi làm năm ${next}.`,
      'CHỈ chạy trong BẢN SAO của bảng tính (Tệp → Tạo bản sao), KHÔNG chạy trong tệp gốc của năm cũ.',
      'Bạn đang ở trong bản sao và muốn tiếp tục?',
    ].join('\n\n'),
  newYearResumeConfirm: (file: string, year: number, next: number) =>
    [
      `Lần chạy “Tạo năm mới” trước trong tệp ${q(file)} đã dừng giữa chừng (hết thời gian hoặc lỗi).`,
      `Điểm năm ${year} đã được lưu lại trước khi xóa nên không bị mất. Chạy tiếp sẽ hoàn tất việc chuyển sang năm ${next} từ chỗ đã dừng; không ô nào bị xóa hai lần.`,
      'Tiếp tục?',
    ].join('\n\n'),
  newYearResumed: 'Đã hoàn tất lần “Tạo năm mới” trước bị dừng giữa chừng, từ điểm năm trước đã lưu.',
  newYearCancelled: 'Đã hủy. Không có ô nào bị thay đổi.',
  newYearScoreLater: 'Chưa tính điểm được cho năm mới (bảng đang bận hoặc có lỗi); bấm “Tính điểm” sau ít phút.',
  newYearDoneTitle: 'Đã tạo năm mới',
  newYearDone: (
    year: number,
    next: number,
    criteria: number,
    percent: string,
    points: string,
    notes: readonly string[],
  ) =>
    [
      `Bảng tính đã sẵn sàng cho năm ${next}: đã xóa số liệu nhập của năm ${year}; điểm năm ${year} của ${criteria} tiêu chí đã chuyển sang cột “Điểm năm trước”; Thông tin chung ghi Chỉ số năm trước ${percent} (${points} điểm) và điểm năm trước theo lĩnh vực.`,
      `Việc tiếp theo: đổi tên tệp cho năm ${next}; nhập Số kế hoạch, Ngày ban hành kế hoạch ở Thông tin chung; sửa bộ tiêu chí nếu tỉnh thay đổi.`,
      ...notes,
    ].join('\n\n'),

  // ---- Bảng tự đánh giá ---------------------------------------------------------------------
  selfTableDoneTitle: 'Đã ghi bảng tự đánh giá',
  selfTableDone: (tab: string, criteria: number) =>
    `Đã ghi ${q(tab)}: ${criteria} tiêu chí với điểm tối đa, điểm tự chấm, tài liệu kiểm chứng và giải trình. Bảng được ghi lại mỗi lần chạy; không nhập số liệu vào đó.`,
  selfTableTabTaken: (tab: string) =>
    `Bảng ${q(tab)} đang chứa nội dung khác (không phải bảng tự đánh giá) nên không ghi đè.`,
  selfTableTabTakenHint: 'Đổi tên bảng đó rồi chạy lại.',
} as const;

/** The offline CLI: `new-year` and `export-table`. */
export const CYCLE_CLI_TEXT = {
  argNewYearWorkbook: 'tên tệp .xlsx của năm cũ (ví dụ: new-year cao-an-2023.xlsx -o cao-an-2024.xlsx)',
  argTableWorkbook: 'tên tệp .xlsx cần xuất bảng tự đánh giá (ví dụ: export-table cao-an-2023.xlsx)',
  noYear: (file: string) =>
    `Bảng ${q(file)} chưa có “Năm đánh giá” ở Thông tin chung (ví dụ 2023) nên không xác định được năm mới. Nhập năm rồi chạy lại.`,
  newYearWritten: (file: string, year: number, next: number) =>
    `Đã tạo bảng theo dõi năm ${next} ${q(file)}: số liệu năm ${year} đã xóa, điểm năm ${year} chuyển sang cột “Điểm năm trước” và Thông tin chung (tệp năm ${year} giữ nguyên).`,
  carriedLine: (percent: string, points: string) => `Chỉ số năm trước: ${percent} (${points} điểm).`,
  oldYearHasErrors: (errors: number) =>
    `Cảnh báo: bảng năm cũ còn ${errors} lỗi; các dòng lỗi được tính 0 điểm và chuyển sang năm mới như vậy. Nên sửa, chấm lại rồi tạo năm mới.`,
  tableWritten: (file: string, criteria: number) =>
    `Đã xuất bảng tổng hợp kết quả tự đánh giá, chấm điểm (${criteria} tiêu chí) vào ${q(file)}.`,
  tableSheetName: 'Bảng tự đánh giá',
} as const;

/** Deadlines and what is left (sidebar, "Việc còn lại"). */
export const PROGRESS_TEXT = {
  deadlineInvalid: (label: string, text: string) =>
    `Thông tin chung, dòng “${label}”: “${text}” không phải ngày. Nhập theo dạng ngày/tháng/năm, ví dụ 10/01/2024.`,
  title: 'Hạn và việc còn lại',
  /** "Hạn tự đánh giá: 10/01/2024 – còn 16 ngày" */
  deadline: (label: string, date: string, days: number) =>
    `${label}: ${date} – ${days > 0 ? `còn ${days} ngày` : days === 0 ? 'hôm nay là hạn cuối' : `đã quá hạn ${-days} ngày`}`,
  noDeadline: 'Chưa nhập “Hạn tự đánh giá” ở Thông tin chung (văn phòng nhập, ví dụ 10/01/2024).',
  unassigned: 'Chưa phân công',
  areasOf: (areas: readonly string[]) => `Lĩnh vực ${areas.join(', ')}`,
  counts: { notEntered: 'chưa nhập', errors: 'có lỗi', noEvidence: 'thiếu tài liệu', responsesDue: 'cần giải trình' },
  nothingLeft: 'Đã xong',
  countsLabel: (official: string) => `Việc còn lại của ${official}`,
  tab: {
    name: 'Việc còn lại',
    title: (when: string) => `VIỆC CÒN LẠI TRƯỚC HẠN ĐÁNH GIÁ CHỈ SỐ CCHC (cập nhật ${when})`,
    notice:
      'Mỗi dòng là một việc của một công chức. Xem việc của mình: Dữ liệu → Tạo chế độ xem bộ lọc, lọc cột “Công chức” theo tên mình (không ảnh hưởng người khác). Bảng được văn phòng ghi lại mỗi lần chạy; không nhập vào đây.',
    nothingLeft: 'Không còn việc nào: mọi tiêu chí đã nhập, không lỗi, có tài liệu hoặc giải trình.',
    // Not "Mã" then "Tiêu chí": that pair marks an area tab (workbook.ts).
    headers: ['Công chức', 'Lĩnh vực', 'Mã tiêu chí', 'Tiêu chí', 'Việc cần làm', 'Ô cần sửa'],
    kinds: {
      notEntered: 'Chưa nhập số liệu',
      error: 'Số liệu có lỗi (xem cột Kiểm tra)',
      noEvidence: 'Thiếu tài liệu kiểm chứng hoặc giải trình',
      responseDue: 'Cần giải trình sau thẩm định lần 1',
    },
    taken: 'Bảng “Việc còn lại” đang chứa nội dung khác nên không ghi đè.',
    takenHint: 'Đổi tên bảng đó rồi chạy lại.',
    doneTitle: 'Đã ghi bảng Việc còn lại',
    done: (tasks: number, officials: number) =>
      `Đã ghi ${tasks} việc của ${officials} công chức vào bảng “Việc còn lại”. Công chức lọc cột “Công chức” (Dữ liệu → Tạo chế độ xem bộ lọc) để xem việc của mình. Không có thư điện tử nào được gửi.`,
  },
} as const;
