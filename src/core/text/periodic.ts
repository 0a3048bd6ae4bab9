/**
 * Vietnamese text of the periodic CCHC reports (quý I, 6 tháng, 9 tháng) and of the self-inspection
 * report to the Chairman, plus the data-quality notice every report kind prints at its top.
 * Numbers and dates arrive already formatted.
 */
import type { Unit } from '../unit';
import { unitText as U } from './unit';
import { inSentence } from './report';

export type PeriodKey = 'q1' | 'h1' | '9m';

export const PERIOD_TEXT: Record<PeriodKey, { name: string; short: string; next: string }> = {
  q1: { name: 'quý I', short: 'Quý I', next: 'quý II' },
  h1: { name: '6 tháng đầu năm', short: '6 tháng', next: '6 tháng cuối năm' },
  '9m': { name: '9 tháng đầu năm', short: '9 tháng', next: 'quý IV' },
};

/** At the top of any report made from a sheet with errors or without data. */
export const qualityText = {
  /** How the sample's catalogue notice begins (src/core/sample): such a report is marked on page 1. */
  samplePrefix: 'DỮ LIỆU MẪU',
  /** In every page header of a report made from the sample. */
  sampleHeader: 'DỮ LIỆU MẪU — không phải số liệu thật, không dùng để gửi đi',
  sample: 'DỮ LIỆU MẪU — báo cáo lập từ số liệu minh họa, không phải số liệu thật; không dùng để gửi đi.',
  noData: 'LƯU Ý: bảng theo dõi chưa có số liệu nào được nhập; báo cáo này chỉ là khung, chưa dùng để gửi đi.',
  errors: (n: number) =>
    `LƯU Ý: bảng theo dõi còn ${n} lỗi chưa sửa; các tiêu chí có lỗi được tính 0 điểm nên số liệu trong báo cáo chưa chính xác. Sửa lỗi (CCHC → Tính điểm) rồi lập lại báo cáo trước khi gửi.`,
};

export const periodicText = {
  documentName: (period: PeriodKey, year: number, u: Unit) =>
    `Báo cáo CCHC ${PERIOD_TEXT[period].name} ${year} – ${U.title(u)}`,
  subject: (period: PeriodKey, year: number) =>
    `Kết quả thực hiện công tác cải cách hành chính ${PERIOD_TEXT[period].name} năm ${year}`,
  dateMoved: (period: PeriodKey, stated: string, used: string) =>
    `Ngày báo cáo ở Thông tin chung (${stated}) không thuộc kỳ báo cáo ${PERIOD_TEXT[period].name}; báo cáo ghi ngày ${used} (sau ngày chốt số liệu). Sửa ngày trên văn bản nếu văn phòng ký ngày khác.`,
  dataPeriod: (from: string, to: string) =>
    `Số liệu báo cáo tính lũy kế từ đầu năm, từ ngày ${from} đến ngày ${to}; điểm các tiêu chí là điểm tạm tính theo số liệu đã nhập trên bảng theo dõi.`,
  opening: (u: Unit) => `${U.committee(u)} báo cáo kết quả thực hiện công tác cải cách hành chính (CCHC) như sau:`,

  sectionResults: 'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
  areaLine: (code: string, title: string, points: string, max: string, percent: string) =>
    `${code}. ${title}: tạm đạt ${points}/${max} điểm (${percent}).`,
  areaExtra: (full: number, total: number, behind: number) =>
    `${full}/${total} tiêu chí đã đạt điểm tối đa${behind > 0 ? `, ${behind} chỉ tiêu kế hoạch chưa đạt` : ''}.`,
  areaMissing: 'Bảng theo dõi của lĩnh vực bị thiếu nên chưa có số liệu.',
  indexLine: (points: string, max: string, percent: string) =>
    `Tổng điểm tạm tính: ${points}/${max} điểm; Chỉ số CCHC tạm tính đạt ${percent}.`,
  compare: (when: string, prevPoints: string, prevPercent: string, diff: string) =>
    `So với lần chốt số liệu ngày ${when} (${prevPoints} điểm${prevPercent ? `, ${prevPercent}` : ''}): ${diff}.`,
  compareNone: 'Chưa có lần chốt số liệu nào của kỳ trước trong năm (bảng Chốt số liệu hoặc Nhật ký) để so sánh.',
  diff: (sign: number, amount: string) =>
    sign > 0 ? `tăng ${amount} điểm` : sign < 0 ? `giảm ${amount} điểm` : 'không thay đổi',
  areaColumns: {
    no: 'TT',
    area: 'Lĩnh vực',
    max: 'Điểm tối đa',
    points: 'Điểm tạm tính',
    percent: 'Tỷ lệ',
    previous: 'Lần chốt trước',
  },
  total: 'Tổng cộng',

  behindIntro: (count: number) =>
    `Có ${count} chỉ tiêu của Kế hoạch chưa đạt tại thời điểm báo cáo, cần tập trung chỉ đạo:`,
  behindNone: 'Các chỉ tiêu của Kế hoạch có số liệu đều đang đạt yêu cầu.',
  behindColumns: {
    code: 'Mã',
    title: 'Chỉ tiêu',
    achieved: 'Thực hiện',
    target: 'Kế hoạch',
    gap: 'Còn thiếu',
    owner: 'Người phụ trách',
  },
  gapCount: (n: string) => `còn ${n}`,
  unassigned: 'Chưa phân công',

  sectionAssessment: 'III. ĐÁNH GIÁ CHUNG',
  strengthsTitle: '1. Ưu điểm',
  strengths: (full: number, total: number, met: number, judged: number) =>
    `Có ${full}/${total} tiêu chí đã đạt điểm tối đa; ${met}/${judged} chỉ tiêu của Kế hoạch đang đạt yêu cầu.`,
  strongAreas: (list: string[]) => `Các lĩnh vực đạt từ 90% số điểm trở lên: ${list.join('; ')}.`,
  weaknessesTitle: '2. Tồn tại, hạn chế',
  weaknesses: (lost: number, gaps: number) =>
    `Còn ${lost} tiêu chí chưa đạt điểm tối đa; ${gaps} tiêu chí chưa có tài liệu kiểm chứng.`,
  causesTitle: '3. Nguyên nhân',
  causes: (list: string[]) => `Theo giải trình của công chức phụ trách: ${list.join('; ')}.`,
  causesNone:
    'Các công chức phụ trách chưa nhập giải trình cho các tiêu chí chưa đạt; Văn phòng đề nghị bổ sung giải trình.',

  sectionNext: (next: string) => `IV. PHƯƠNG HƯỚNG, NHIỆM VỤ ${next.toUpperCase()}`,
  /** The figures the tasks quote are cumulative up to the period's data-closing day. */
  asOf: (closing: string) => `lũy kế đến ${closing}`,
  nextIntro: (next: string) =>
    `Trong ${next}, tập trung thực hiện các nhiệm vụ sau (sắp xếp theo số điểm có thể cải thiện):`,
  nextGeneral: (office: string, u: Unit) =>
    `Tiếp tục cập nhật số liệu, tài liệu kiểm chứng của từng lĩnh vực trên bảng theo dõi dùng chung; ${office} theo dõi, đôn đốc và báo cáo Chủ tịch ${U.committeeShort(u)}.`,
  sectionProposals: 'V. ĐỀ XUẤT, KIẾN NGHỊ',
  closing: (period: PeriodKey, year: number, u: Unit) =>
    `Trên đây là báo cáo kết quả thực hiện công tác CCHC ${PERIOD_TEXT[period].name} năm ${year} của ${U.committee(u)}./.`,

  appendixTitle: 'PHỤ LỤC',
  appendixSubject: (period: PeriodKey, year: number) =>
    `SỐ LIỆU THỰC HIỆN CÁC TIÊU CHÍ ${PERIOD_TEXT[period].name.toUpperCase()} NĂM ${year}`,
  appendixNote: (from: string, to: string) => `(Số liệu lũy kế từ ngày ${from} đến ngày ${to})`,
  dataColumns: { code: 'Mã', title: 'Nội dung', a: 'Số liệu a', b: 'Số liệu b', value: 'Kết quả' },
  dataNone: 'Chưa có số liệu nào được nhập.',
};

export const inspectionText = {
  documentName: (year: number, u: Unit) => `Báo cáo tự kiểm tra CCHC ${year} – ${U.title(u)}`,
  subject: (year: number) => `Kết quả tự kiểm tra công tác cải cách hành chính năm ${year}`,
  addressee: (u: Unit) => `Kính gửi: Chủ tịch ${U.committee(u)}.`,
  opening: (planRef: string, office: string) =>
    `Thực hiện ${planRef}, ${office} đã tự kiểm tra việc thực hiện các nhiệm vụ cải cách hành chính; kết quả như sau:`,
  planRef: (number: string, date: string, year: number) =>
    number
      ? `Kế hoạch số ${number}${date ? ` ngày ${date}` : ''} về cải thiện, nâng cao Chỉ số CCHC năm ${year}`
      : `Kế hoạch cải thiện, nâng cao Chỉ số CCHC năm ${year}`,

  sectionScope: 'I. PHẠM VI, PHƯƠNG PHÁP KIỂM TRA',
  scope: (areas: number, criteria: number, date: string) =>
    `Phạm vi: ${areas} lĩnh vực, ${criteria} tiêu chí của Bộ tiêu chí Chỉ số CCHC; số liệu đến ngày ${date}.`,
  method:
    'Phương pháp: đối chiếu số liệu, tài liệu kiểm chứng và giải trình do công chức phụ trách nhập trên bảng theo dõi dùng chung; kiểm tra tự động từng ô nhập liệu; so sánh với chỉ tiêu của Kế hoạch và với kết quả năm trước.',

  sectionFindings: 'II. KẾT QUẢ KIỂM TRA',
  /** Only what was found is named; an area with nothing found says so. */
  areaFinding: (
    code: string,
    title: string,
    percent: string,
    noEvidence: number,
    errors: number,
    behind: number,
    below: string,
  ) => {
    const found = [
      noEvidence > 0 ? `${noEvidence} tiêu chí thiếu tài liệu kiểm chứng` : '',
      errors > 0 ? `${errors} ô nhập liệu có lỗi` : '',
      behind > 0 ? `${behind} chỉ tiêu chưa đạt` : '',
      below,
    ].filter(Boolean);
    return `${code}. ${title}: tạm đạt ${percent}; ${found.length > 0 ? found.join(', ') : 'không phát hiện tồn tại'}.`;
  },
  belowLastYear: (prev: string) => `thấp hơn năm trước (${prev} điểm)`,
  areaMissing: (code: string, title: string) =>
    `${code}. ${title}: bảng theo dõi bị thiếu (đã bị xóa hoặc hỏng hàng tiêu đề), chưa kiểm tra được.`,
  findingsIntro: 'Các nội dung phát hiện qua kiểm tra:',
  findingsNone: 'Qua kiểm tra, chưa phát hiện tồn tại cần khắc phục.',
  findingColumns: { no: 'TT', code: 'Mã', finding: 'Nội dung phát hiện', explanation: 'Giải trình' },
  kinds: {
    noEvidence: 'Chưa có tài liệu kiểm chứng',
    onlyExplanation: 'Mới có giải trình, chưa có tài liệu kiểm chứng',
    error: (message: string) => `Lỗi nhập liệu: ${message}`,
    behind: (name: string, achieved: string, target: string) =>
      `${name} chưa đạt chỉ tiêu: ${achieved} (kế hoạch ${target})`,
  },
  noExplanation: 'Chưa có',

  sectionRecommendations: 'III. KIẾN NGHỊ',
  recommendationsIntro: (office: string, u: Unit) =>
    `${U.capital(office)} kiến nghị Chủ tịch ${U.committeeShort(u)} chỉ đạo:`,
  recommendationColumns: { no: 'TT', action: 'Nội dung', owner: 'Người thực hiện', deadline: 'Thời hạn' },
  actions: {
    fixErrors: (n: number, area: string) => `Sửa ${n} ô nhập liệu có lỗi của lĩnh vực ${area}`,
    addEvidence: (n: number, area: string) => `Bổ sung tài liệu kiểm chứng cho ${n} tiêu chí của lĩnh vực ${area}`,
    catchUp: (targets: { code: string; name: string }[]) =>
      `Có giải pháp hoàn thành chỉ tiêu ${targets.map((x) => `${x.code} (${inSentence(x.name)})`).join(', ')}`,
    restoreTab: (area: string) => `Khôi phục bảng theo dõi của lĩnh vực ${area}`,
  },
  before: (date: string) => `Trước ngày ${date}`,
  recommendationsNone: 'Tiếp tục duy trì việc cập nhật số liệu và tài liệu kiểm chứng đúng hạn.',
  closing: (year: number, u: Unit) =>
    `Trên đây là báo cáo kết quả tự kiểm tra công tác CCHC năm ${year}, kính trình Chủ tịch ${U.committeeShort(u)} xem xét, chỉ đạo./.`,
  recipients: ['- Như trên;', '- Công chức phụ trách các lĩnh vực;', '- Lưu: VP.'],
  signerTitle: (u: Unit) => (u.office || 'bộ phận tham mưu CCHC').toUpperCase(),
  signerRole: 'NGƯỜI BÁO CÁO',
};

/** The Sheets menu items, dialogs and sidebar controls of the periodic and self-inspection reports. */
export const REPORT_KINDS_UI_TEXT = {
  menuPeriodic: 'Tạo báo cáo định kỳ',
  menuInspection: 'Tạo báo cáo tự kiểm tra',
  periodPromptTitle: 'Tạo báo cáo định kỳ',
  periodPrompt: 'Nhập kỳ báo cáo: 1 = quý I, 2 = 6 tháng đầu năm, 3 = 9 tháng đầu năm.',
  periodInvalid: (answer: string) => `“${answer}” không phải kỳ báo cáo. Nhập 1 (quý I), 2 (6 tháng) hoặc 3 (9 tháng).`,
  createdTitle: (what: string) => `Đã tạo ${what}`,
  names: {
    q1: 'báo cáo CCHC quý I',
    h1: 'báo cáo CCHC 6 tháng đầu năm',
    '9m': 'báo cáo CCHC 9 tháng đầu năm',
    inspection: 'báo cáo tự kiểm tra',
  },
  warningTail: (warning: string) => `\n\n${warning}`,
  // Sidebar.
  periodLabel: 'Kỳ báo cáo',
  periodOptions: { q1: 'Quý I', h1: '6 tháng đầu năm', '9m': '9 tháng đầu năm' },
  createPeriodic: 'Tạo báo cáo định kỳ',
  createInspection: 'Tạo báo cáo tự kiểm tra',
};

/** The answer to "which period?" in the menu dialog: 1/2/3 or the period's name; null when unclear. */
export function periodFromAnswer(answer: string): PeriodKey | null {
  const a = answer.trim().toLowerCase();
  if (a === '1' || a === 'q1' || a.includes('quý i') || a === 'quý 1') return 'q1';
  if (a === '2' || a === 'h1' || a.startsWith('6')) return 'h1';
  if (a === '3' || a === '9m' || a.startsWith('9')) return '9m';
  return null;
}
