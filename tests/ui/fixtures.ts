/**
 * DashboardView fixtures for the sidebar tests, shaped like what the server sends for Xã Cao An 2023.
 * Texts are formatted with the same core helpers the server uses.
 */
import type { AreaView, DashboardView, EvidenceView, IndexView, ProblemView } from '../../src/ui/contract';
import { formatPercent2, formatPoints, formatRatio } from '../../src/core/format';
import { percentHundredths } from '../../src/core/points';

const milli = (points: number) => Math.round(points * 1000);
const hundredths = (points: number, max: number) => (max > 0 ? Math.round((points / max) * 10000) : 0);

export function indexView(points: number, applicableMax: number, rating: string, group: string): IndexView {
  const h = hundredths(points, applicableMax);
  return {
    points,
    applicableMax,
    percent: h / 100,
    pointsText: formatPoints(milli(points)),
    percentText: formatPercent2(h),
    group,
    rating,
  };
}

/** Evidence counts with the share text formatted as the server formats it. */
export function evidenceView(withEvidence: number, explanationOnly: number, none: number): EvidenceView {
  const total = withEvidence + explanationOnly + none;
  return {
    total,
    withEvidence,
    explanationOnly,
    none,
    completeText: formatRatio(percentHundredths(withEvidence + explanationOnly, total)),
  };
}

export function areaView(
  code: string,
  title: string,
  tabName: string,
  points: number,
  applicableMax: number,
  extra: Partial<Pick<AreaView, 'previousRunPoints' | 'lastYearPoints' | 'appraisalPoints' | 'evidence'>> = {},
): AreaView {
  const h = hundredths(points, applicableMax);
  return {
    code,
    title,
    tabName,
    points,
    applicableMax,
    percent: h / 100,
    pointsText: formatPoints(milli(points)),
    percentText: formatPercent2(h),
    previousRunPoints: null,
    lastYearPoints: null,
    appraisalPoints: null,
    evidence: null,
    ...extra,
  };
}

export function problem(
  severity: ProblemView['severity'],
  areaCode: string | null,
  sheet: string | null,
  cell: string | null,
  code: string | null,
  message: string,
): ProblemView {
  return { severity, areaCode, sheet, cell, address: sheet && cell ? `${sheet}!${cell}` : null, code, message };
}

/** Per-area evidence adds up to the overall 41 / 2 / 2 of scoredDashboard(). */
export const CAO_AN_AREAS: AreaView[] = [
  areaView('1', 'Công tác chỉ đạo, điều hành CCHC', '1. Chỉ đạo điều hành', 13, 14, {
    previousRunPoints: 12.5,
    lastYearPoints: 12,
    evidence: evidenceView(5, 0, 0),
  }),
  areaView('2', 'Cải cách thể chế', '2. Cải cách thể chế', 8.5, 10, {
    previousRunPoints: 9.5,
    lastYearPoints: 9,
    evidence: evidenceView(5, 0, 0),
  }),
  areaView('3', 'Cải cách thủ tục hành chính', '3. Cải cách TTHC', 19.348, 21, {
    previousRunPoints: 19.348,
    lastYearPoints: 18.25,
    evidence: evidenceView(10, 1, 1),
  }),
  areaView('4', 'Cải cách tổ chức bộ máy', '4. Tổ chức bộ máy', 7, 8, { evidence: evidenceView(4, 0, 0) }),
  areaView('5', 'Cải cách chế độ công vụ', '5. Chế độ công vụ', 12, 14, { evidence: evidenceView(5, 1, 0) }),
  areaView('6', 'Cải cách tài chính công', '6. Tài chính công', 8.25, 9, { evidence: evidenceView(5, 0, 0) }),
  areaView('7', 'Xây dựng và phát triển chính quyền điện tử', '7. Chính quyền số', 18, 22, {
    evidence: evidenceView(7, 0, 1),
  }),
];

export const CAO_AN_PROBLEMS: ProblemView[] = [
  problem(
    'warning',
    '3',
    '3. Cải cách TTHC',
    'K14',
    '3.4',
    'Chưa có tài liệu kiểm chứng. Dán đường dẫn tới văn bản hoặc ghi số, ngày văn bản.',
  ),
  problem(
    'error',
    '3',
    '3. Cải cách TTHC',
    'H12',
    '3.2.1',
    'Số liệu a (120) lớn hơn số liệu b (115). a là phần đã đạt, b là tổng số: kiểm tra lại hai ô.',
  ),
  problem(
    'warning',
    '1',
    '1. Chỉ đạo điều hành',
    'J9',
    '1.2',
    'Số được gõ dạng chữ “4”, đã hiểu là 4. Nên nhập lại dạng số để tránh hiểu nhầm.',
  ),
  problem(
    'error',
    '7',
    '7. Chính quyền số',
    'G20',
    '7.3',
    '“kip thoi” không có trong danh sách. Có phải “Kịp thời”? Chọn đúng giá trị (có dấu) từ danh sách thả xuống.',
  ),
];

/** A scored round: 86,098 / 98 điểm = 87,86%. */
export function scoredDashboard(overrides: Partial<DashboardView> = {}): DashboardView {
  const problems = overrides.problems ?? CAO_AN_PROBLEMS;
  return {
    commune: 'Cao An',
    year: '2023',
    catalogueNotice:
      'Bộ tiêu chí mẫu — đối chiếu với quyết định của UBND tỉnh (QĐ 3395/QĐ-UBND Hải Dương) trước khi dùng.',
    scoredAt: '2024-01-05T07:30:00.000Z',
    index: indexView(86.098, 98, 'Hoàn thành tốt', 'Từ 80% đến dưới 90%'),
    appraisalIndex: null,
    areas: CAO_AN_AREAS,
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    evidence: { total: 45, withEvidence: 41, explanationOnly: 2, none: 2, completeText: '95,6%' },
    locked: false,
    reportEnabled: true,
    notice: '',
    ...overrides,
  };
}

/** A workbook where "Tính điểm" never ran. */
export function unscoredDashboard(): DashboardView {
  return {
    ...scoredDashboard(),
    scoredAt: null,
    index: null,
    areas: [],
    problems: [],
    errors: 0,
    warnings: 0,
    evidence: null,
    reportEnabled: false,
  };
}
