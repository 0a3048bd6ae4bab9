/**
 * Every Vietnamese text of the year-end report (src/core/report, src/docs, src/local/docx): the
 * document's wording, the verdicts, the drafted tasks, and the messages shown when the report cannot
 * be made. Numbers arrive already formatted (format.ts).
 */
import type { Condition } from '../catalog/types';
import type { Unit } from '../unit';
import { unitText as U } from './unit';

const q = (s: string): string => `“${s}”`;
const end = (s: string): string => (/[.!?:;]$/.test(s) ? s : s + '.');

/**
 * A label or title used inside a sentence: "Hội nghị, tờ gấp" → "hội nghị, tờ gấp". Only a capital
 * followed by a small letter is lowered, so "UBND", "CBCC", "TTHC", "ISO 9001" stay as they are.
 */
export const inSentence = (s: string): string => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** "A", "A và B", "A, B và C": a list inside a list item, so the outer list keeps the semicolons. */
export const andList = (items: string[]): string =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;

const GOAL_WORDS: Record<Exclude<Condition, { op: 'else' }>['op'], (v: string) => string> = {
  '>=': (v) => `từ ${v} trở lên`,
  '>': (v) => `trên ${v}`,
  '<=': (v) => `không quá ${v}`,
  '<': (v) => `dưới ${v}`,
  '=': (v) => v,
};

export const reportText = {
  documentName: (year: number, u: Unit) => `Báo cáo tổng kết CCHC ${year} – ${U.title(u)}`,

  // ---- header and title ---------------------------------------------------------------------
  issuerParent: 'ỦY BAN NHÂN DÂN',
  issuer: (u: Unit) => U.header(u),
  /** The document's author in its properties. */
  issuerName: (u: Unit) => U.committee(u),
  /** "Số: 05/BC-UBND"; blank when the number is not known yet, to be filled by hand. */
  docNumber: (n: string) => (n ? `Số: ${n.includes('/') ? n : `${n}/BC-UBND`}` : 'Số:        /BC-UBND'),
  nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  placeDate: (commune: string, decreeDate: string) => `${commune || '…'}, ${decreeDate}`,
  docType: 'BÁO CÁO',
  subject: (year: number) =>
    `Kết quả thực hiện Kế hoạch cải thiện, nâng cao Chỉ số cải cách hành chính năm ${year}, phục vụ hội nghị đánh giá, rút kinh nghiệm`,
  basisPlan: (planNumber: string, planDate: string, u: Unit, year: number) =>
    `Căn cứ Kế hoạch${planNumber ? ` số ${planNumber}` : ''}${planDate ? ` ngày ${planDate}` : ''} của ${U.committee(u)} về cải thiện, nâng cao Chỉ số cải cách hành chính ${U.of(u)} năm ${year};`,
  basisScores: (year: number, catalogue: string) =>
    `Căn cứ kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính (CCHC) năm ${year} theo ${catalogue};`,
  basisClosing: (u: Unit) => `${U.committee(u)} báo cáo kết quả thực hiện như sau:`,

  // ---- I ------------------------------------------------------------------------------------
  sectionDirection: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
  directionPlan: (planRef: string, year: number, u: Unit) =>
    `Thực hiện Kế hoạch công tác cải cách hành chính năm ${year}, ${U.committeeShort(u)} đã ban hành ${planRef}, xác định mục tiêu, chỉ tiêu cụ thể cho từng lĩnh vực; chỉ đạo các bộ phận chuyên môn, cán bộ, công chức triển khai thực hiện nghiêm túc, đúng tiến độ.`,
  planRef: (planNumber: string, planDate: string, year: number) =>
    `Kế hoạch${planNumber ? ` số ${planNumber}` : ''}${planDate ? ` ngày ${planDate}` : ''} về cải thiện, nâng cao Chỉ số CCHC năm ${year}`,
  directionAssignments: (parts: string[]) =>
    `Phân công công chức theo dõi, cập nhật số liệu và tài liệu kiểm chứng của từng lĩnh vực: ${parts.join('; ')}.`,
  assignmentPart: (code: string, title: string, names: string[]) => `lĩnh vực ${code} (${title}): ${andList(names)}`,
  directionSelfCheck: (catalogue: string, office: string) =>
    `${U.capital(office)} phối hợp với các bộ phận chuyên môn tự kiểm tra, đôn đốc việc thực hiện theo định kỳ; số liệu của từng lĩnh vực được cập nhật trên bảng theo dõi Chỉ số CCHC và chấm điểm theo ${catalogue}.`,

  // ---- II -----------------------------------------------------------------------------------
  sectionAreas: 'II. KẾT QUẢ THỰC HIỆN CÁC LĨNH VỰC',
  areaHeading: (code: string, title: string) => `${code}. ${title}`,
  areaResult: (points: string, applicable: string, percent: string, max: string, naPoints: string) =>
    naPoints
      ? `Kết quả: đạt ${points}/${applicable} điểm (${percent}); điểm tối đa của lĩnh vực là ${max} điểm, trong đó ${naPoints} điểm của tiêu chí không phát sinh không tính vào điểm tối đa.`
      : `Kết quả: đạt ${points}/${applicable} điểm (${percent}).`,
  areaMissing:
    'Khi lập báo cáo, bảng theo dõi của lĩnh vực này bị thiếu (đã bị xóa hoặc hỏng hàng tiêu đề) nên lĩnh vực được tính 0 điểm. Cần khôi phục bảng và lập lại báo cáo.',
  areaFull: (count: number, total: number, items: string[]) =>
    count === 0
      ? `Chưa có tiêu chí nào đạt điểm tối đa.`
      : count === total
        ? `Tất cả ${count} tiêu chí đều đạt điểm tối đa: ${items.join('; ')}.`
        : `Các tiêu chí đạt điểm tối đa (${count}/${total}): ${items.join('; ')}.`,
  areaNa: (items: string[]) => `Tiêu chí không phát sinh trong năm (không tính vào điểm tối đa): ${items.join('; ')}.`,
  areaTargetsIntro: `Kết quả thực hiện các chỉ tiêu của Kế hoạch:`,
  criterionRef: (code: string, title: string) => `${code} ${title}`,
  /** "CBCC bị kỷ luật…" → "Không có CBCC bị kỷ luật…"; "Vi phạm…" → "Không có vi phạm…". */
  noneOf: (title: string) => `Không có ${inSentence(title)}`,
  targetColumns: { code: 'Mã', title: 'Chỉ tiêu', target: 'Kế hoạch', achieved: 'Thực hiện', verdict: 'Đánh giá' },
  verdicts: {
    met: 'Đạt',
    notMet: 'Chưa đạt',
    na: 'Không phát sinh',
    noData: 'Chưa có số liệu',
    badTarget: 'Chỉ tiêu chưa đúng dạng',
  },
  /** "Văn bản … / tổng văn bản: 92,4% (chỉ tiêu ≥ 90%) — Đạt"; statuses "(chỉ tiêu: Đúng quy định)". */
  targetLine: (
    title: string,
    achieved: string,
    target: string,
    optionLike: boolean,
    verdict: string,
    verdictText: string,
  ) =>
    verdict === 'na'
      ? `${title}: ${verdictText}`
      : `${title}: ${verdict === 'noData' ? verdictText.toLowerCase() : inSentence(achieved) || '…'} (chỉ tiêu${optionLike ? `: ${inSentence(target)}` : ` ${target}`})${verdict === 'noData' ? '' : ` — ${verdictText}`}`,

  // ---- III ----------------------------------------------------------------------------------
  sectionIndex: (year: number) => `III. KẾT QUẢ TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${year}`,
  indexPoints: (points: string, applicable: string, max: string) =>
    applicable === max
      ? `Tổng điểm tự đánh giá: ${points}/${max} điểm; `
      : `Tổng điểm tự đánh giá: ${points}/${applicable} điểm (tối đa ${max} điểm, trừ điểm các tiêu chí không phát sinh); `,
  indexPercentLead: 'Chỉ số CCHC đạt ',
  indexGroup: (group: string) => (group ? `, thuộc nhóm ${q(group)}` : ''),
  indexRatingLead: '; tự xếp loại: ',
  indexNoRating: 'chưa xác định (kiểm tra mục Xếp loại ở Thông tin chung)',
  indexHeldDown: (areas: string[]) =>
    `Xếp loại chưa đạt mức cao hơn do ${areas.length > 1 ? 'các lĩnh vực' : 'lĩnh vực'} ${areas.join(', ')} có tỷ lệ điểm dưới mức sàn của xếp loại đó.`,
  indexAppraisal: (points: string, applicable: string, percent: string, rating: string) =>
    `Điểm thẩm định của Đoàn thẩm định: ${points}/${applicable} điểm (${percent})${rating ? `, xếp loại ${rating}` : ''}.`,
  areaTableIntro: 'Kết quả theo từng lĩnh vực:',
  areaColumns: {
    no: 'TT',
    area: 'Lĩnh vực',
    max: 'Điểm tối đa',
    points: 'Điểm tự đánh giá',
    percent: 'Tỷ lệ',
    appraisal: 'Điểm thẩm định',
    previous: (y: number) => `Điểm năm ${y}`,
    change: 'Tăng (+), giảm (−)',
  },
  total: 'Tổng cộng',
  /** Why the body's maximum (98) differs from the appendix's (100), in one sentence. */
  naMarkNote: (max: string, naPoints: string, codes: string[], applicable: string) =>
    `(*) Bộ tiêu chí có tổng điểm tối đa ${max} điểm (như ở Phụ lục); ${naPoints} điểm của tiêu chí không phát sinh${codes.length > 0 ? ` (${codes.join(', ')})` : ''} không tính vào điểm tối đa, nên Chỉ số được tính trên ${applicable} điểm.`,
  chartCaption: 'Biểu đồ điểm tự đánh giá theo lĩnh vực',
  comparison: (prevYear: number, prev: string, changes: string[]) =>
    `So với năm ${prevYear}${prev ? ` (${prev})` : ''}: ${changes.join('; ')}.`,
  comparisonPrevPercent: (p: string) => `Chỉ số ${p}`,
  comparisonPrevPoints: (p: string) => `${p} điểm`,
  comparisonPercent: (delta: string, sign: number) =>
    sign === 0 ? 'Chỉ số không thay đổi' : `Chỉ số ${sign > 0 ? 'tăng' : 'giảm'} ${delta} điểm phần trăm`,
  comparisonPoints: (delta: string, sign: number) =>
    sign === 0 ? 'tổng điểm không thay đổi' : `tổng điểm ${sign > 0 ? 'tăng' : 'giảm'} ${delta} điểm`,
  signed: (delta: string, sign: number) => (sign > 0 ? `+${delta}` : sign < 0 ? `−${delta}` : '0'),

  // ---- IV -----------------------------------------------------------------------------------
  sectionAssessment: 'IV. ĐÁNH GIÁ CHUNG',
  strengthsHeading: '1. Ưu điểm',
  strengthsFullAreas: (items: string[]) => `Các lĩnh vực đạt điểm tối đa: ${items.join('; ')}.`,
  strengthsHighAreas: (items: string[]) => `Các lĩnh vực đạt tỷ lệ điểm từ 90% trở lên: ${items.join('; ')}.`,
  strengthsCounts: (full: number, total: number, met: number, targets: number) =>
    `Có ${full}/${total} tiêu chí đạt điểm tối đa` +
    (targets > 0 ? `; ${met}/${targets} chỉ tiêu của Kế hoạch đạt yêu cầu.` : '.'),
  areaWithPercent: (code: string, title: string, percent: string) => `${code}. ${title} (${percent})`,
  shortcomingsHeading: '2. Hạn chế, tồn tại và nguyên nhân',
  shortcomingsIntro: (count: number, lost: string) =>
    `Còn ${count} tiêu chí chưa đạt điểm tối đa, tổng số điểm bị mất là ${lost} điểm; cụ thể như sau (sắp xếp theo số điểm bị mất, nguyên nhân theo giải trình của công chức phụ trách):`,
  shortcomingsNone: 'Tất cả các tiêu chí áp dụng đều đạt điểm tối đa.',
  shortcomingColumns: {
    no: 'TT',
    code: 'Mã',
    title: 'Tiêu chí',
    points: 'Điểm đạt/tối đa',
    lost: 'Điểm bị mất',
    cause: 'Nguyên nhân (giải trình)',
  },
  causes: { noExplanation: 'Chưa có giải trình', noData: 'Chưa có số liệu' },
  targetMissed: (code: string, achieved: string, target: string) =>
    `${code} (${inSentence(achieved)}, chỉ tiêu ${inSentence(target)})`,
  targetsMissed: (items: string[]) => `Chỉ tiêu của Kế hoạch chưa đạt: ${items.join('; ')}.`,
  evidenceGaps: (items: string[]) => `Tiêu chí còn thiếu tài liệu kiểm chứng: ${items.join('; ')}.`,
  evidenceGapLevel: { explanation: 'mới có giải trình', none: 'chưa có tài liệu, chưa có giải trình' },
  evidenceComplete: 'Các tiêu chí đã chấm điểm đều có tài liệu kiểm chứng.',

  // ---- V ------------------------------------------------------------------------------------
  sectionTasks: (nextYear: number) => `V. NHIỆM VỤ TRỌNG TÂM NĂM ${nextYear}`,
  tasksIntro: (year: number, nextYear: number) =>
    `Trên cơ sở các tiêu chí bị mất điểm năm ${year}, dự kiến các nhiệm vụ trọng tâm để xây dựng Kế hoạch cải thiện, nâng cao Chỉ số CCHC năm ${nextYear} (sắp xếp theo số điểm có thể cải thiện):`,
  tasksNone: (nextYear: number) => `Năm ${nextYear}, tiếp tục duy trì kết quả đạt điểm tối đa ở tất cả các tiêu chí.`,
  taskColumns: { no: 'TT', task: 'Nhiệm vụ', assignee: 'Người thực hiện', recoverable: 'Điểm có thể cải thiện' },
  tasksGeneral: (nextYear: number, office: string, u: Unit) =>
    `Tiếp tục duy trì kết quả các lĩnh vực, tiêu chí đạt điểm cao; ${office} tham mưu ${U.committeeShort(u)} ban hành Kế hoạch cải thiện, nâng cao Chỉ số CCHC năm ${nextYear}, tổ chức tự kiểm tra định kỳ và cập nhật tài liệu kiểm chứng ngay khi phát sinh.`,
  unassigned: 'Chưa phân công',
  goalPhrase: (c: Exclude<Condition, { op: 'else' }>, unit: 'percent' | 'count') =>
    GOAL_WORDS[c.op](String(c.value).replace('.', ',') + (unit === 'percent' ? '%' : '')),
  tasks: {
    /** `asOf` names when the figure in brackets was reached: "năm 2023", "lũy kế đến 14/03/2023". */
    asOfYear: (year: number) => `năm ${year}`,
    reach: (title: string, goal: string, asOf: string, achieved: string) =>
      `${title}: phấn đấu đạt ${goal} (${asOf}: ${inSentence(achieved)}).`,
    level: (title: string, label: string, asOf: string, achieved: string) =>
      `${title}: phấn đấu đạt mức ${q(inSentence(label))} (${asOf}: ${inSentence(achieved)}).`,
    addForms: (title: string, labels: string[]) => `${title}: thực hiện thêm ${labels.map(inSentence).join('; ')}.`,
    doIt: (title: string, asOf: string, achieved: string) =>
      `${end(title).slice(0, -1)}: triển khai thực hiện đầy đủ (${asOf}: ${inSentence(achieved) || 'chưa thực hiện'}).`,
    points: (title: string, max: string, asOf: string, points: string) =>
      `${title}: phấn đấu đạt tối đa ${max} điểm (${asOf}: ${points} điểm).`,
    fillIn: (title: string) => `${title}: cập nhật đầy đủ số liệu và tài liệu kiểm chứng.`,
    generic: (title: string, max: string) => `${title}: khắc phục hạn chế để đạt điểm tối đa (${max} điểm).`,
  },

  // ---- VI and the end -----------------------------------------------------------------------
  sectionProposals: 'VI. KIẾN NGHỊ, ĐỀ XUẤT',
  proposalsNone: 'Không có.',
  closing: (year: number, u: Unit) =>
    `Trên đây là báo cáo kết quả thực hiện Kế hoạch cải thiện, nâng cao Chỉ số CCHC năm ${year} của ${U.committee(u)}./.`,
  recipientsTitle: 'Nơi nhận:',
  recipients: (u: Unit) => U.recipients(u),
  signerOnBehalf: 'TM. ỦY BAN NHÂN DÂN',
  signerRole: 'CHỦ TỊCH',

  // ---- appendix -----------------------------------------------------------------------------
  appendixTitle: 'PHỤ LỤC',
  appendixSubject: (year: number) => `BẢNG ĐIỂM TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ CHỈ SỐ CCHC NĂM ${year}`,
  appendixRef: (number: string, date: string, u: Unit) =>
    `(Kèm theo Báo cáo số ${number ? (number.includes('/') ? number : `${number}/BC-UBND`) : '      /BC-UBND'} ngày ${date} của ${U.committee(u)})`,
  appendixColumns: {
    code: 'Mã',
    title: 'Tiêu chí',
    max: 'Điểm tối đa',
    points: 'Điểm tự chấm',
    appraisal: 'Điểm thẩm định',
    evidence: 'Tài liệu kiểm chứng',
  },
  naShort: 'KPS',
  noEvidence: 'Chưa có',
  /** Printed for an evidence cell holding only an address (hyperlinked where the renderer can). */
  evidenceLink: 'Liên kết',
  /** An evidence link the Google Doc could not attach (each costs service calls): the sheet has it. */
  evidenceLinkInSheet: 'Có (liên kết trong bảng tính)',
  appendixNote: (notice: string, naPoints = '', applicable = '') =>
    `Ghi chú: KPS – không phát sinh (không tính vào điểm tối đa${naPoints ? `: Chỉ số được tính trên ${applicable} điểm, đã trừ ${naPoints} điểm của tiêu chí KPS` : ''}).${notice ? ' ' + notice : ''}`,

  // ---- problems with Thông tin chung --------------------------------------------------------
  problems: {
    missing: (field: string) => `Thông tin chung: chưa nhập ${q(field)}; báo cáo để trống chỗ này.`,
    yearMissing: (field: string, used: number) =>
      `Thông tin chung: chưa nhập ${q(field)}; báo cáo tạm dùng năm ${used}.`,
    yearInvalid: (field: string, v: string, used: number) =>
      `Thông tin chung: ${q(field)} = ${q(v)} không phải là năm (ví dụ 2023); báo cáo tạm dùng năm ${used}.`,
    dateInvalid: (field: string, v: string) =>
      `Thông tin chung: ${q(field)} = ${q(v)} không phải ngày dạng dd/mm/yyyy; báo cáo bỏ qua mục này.`,
    figureInvalid: (field: string, v: string) =>
      `Thông tin chung: ${q(field)} = ${q(v)} không phải là số (ví dụ 87,8); phần so sánh với năm trước bỏ qua số liệu này.`,
    areaPointsInvalid: (field: string, part: string) =>
      `Thông tin chung: ${q(field)} có phần ${q(part)} không đúng dạng “mã lĩnh vực: điểm” (ví dụ “1: 12,5; 2: 8”); phần này bị bỏ qua.`,
  },

  // ---- creating the document (Google Docs) --------------------------------------------------
  docsErrors: {
    dailyQuota:
      'Đã hết hạn mức tạo tài liệu Google Docs trong ngày của tài khoản này (giới hạn của Google). Vui lòng thử lại vào ngày mai, hoặc dùng tài khoản khác.',
    rateLimit:
      'Google Docs đang nhận quá nhiều yêu cầu cùng lúc. Vui lòng đợi một phút rồi bấm lại “Tạo báo cáo tổng kết”.',
    permission:
      'Tài khoản chưa cấp quyền tạo tài liệu Google Docs cho tiện ích. Chạy lại lệnh và chọn “Cho phép” khi Google hỏi quyền.',
    timeout: 'Việc tạo báo cáo vượt quá thời gian cho phép của Google (6 phút). Vui lòng thử lại.',
    service: 'Dịch vụ Google Docs đang tạm thời gặp lỗi. Vui lòng thử lại sau ít phút.',
    unknown: 'Không tạo được báo cáo do một lỗi không xác định. Vui lòng thử lại; nếu vẫn lỗi, báo cho văn phòng.',
    partial: (name: string) =>
      ` Một tài liệu chưa hoàn chỉnh có thể đã được tạo với tên ${q(name)}; hãy xóa tài liệu đó.`,
  },
  partialSuffix: ' (CHƯA HOÀN CHỈNH)',
} as const;
