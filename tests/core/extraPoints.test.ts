/** Bonus and penalty points outside the maximum, and the survey component entered by the office. */
import { buildCatalogue } from '../../src/core/catalog/build';
import { catalogueFingerprint } from '../../src/core/catalog/fingerprint';
import { parseCriteriaTable } from '../../src/core/catalog/import/parseTable';
import type { AreaRole, CatalogueSpec } from '../../src/core/catalog/types';
import { evidenceCompleteness } from '../../src/core/cycle/evidence';
import type { TypedEntry } from '../../src/core/entries';
import { LeafInput, scoreCatalogue } from '../../src/core/score';
import { scoreWorkbook } from '../../src/core/pipeline';
import { summaryCol, summaryGrid } from '../../src/core/summary';
import { workbookGrids } from '../../src/core/template';
import { EXTRA_TEXT } from '../../src/core/text';
import { buildDashboard } from '../../src/sheets/dashboard';
import { buildReport } from '../../src/core/report';
import { paragraphs, sampleReport, TODAY } from '../report/helpers';
import { ROMAN_TABLE } from './catalog/import/tables';
import { catalogueSpec, count, criterionSpec as cs, evidenced, manual, rowInput, yesNo } from './helpers';

function withRoles(spec: CatalogueSpec, roles: Record<string, AreaRole>): CatalogueSpec {
  return { ...spec, areas: spec.areas.map((a) => (roles[a.code] ? { ...a, role: roles[a.code] } : a)) };
}

/** Area 1: 8 regular points; 2: survey, 2 points; 3: bonus up to 1; 4: penalty up to 2 (0,5 per late report). */
const spec = withRoles(
  catalogueSpec({
    '1': [cs('1.1', 'yesno', 'Có: 4; Không: 0', 4), cs('1.2', 'manual', '', 4)],
    '2': [cs('2.1', 'manual', 'Theo kết quả điều tra do tỉnh công bố', 2)],
    '3': [cs('3.1', 'yesno', 'Có: 1; Không: 0', 1)],
    '4': [cs('4.1', 'count', '≥ 4: 2; ≥ 3: 1,5; ≥ 2: 1; ≥ 1: 0,5; còn lại: 0', 2)],
  }),
  { '2': 'survey', '3': 'bonus', '4': 'penalty' },
);
const { catalogue, problems } = buildCatalogue(spec);

function score(entries: Record<string, TypedEntry>) {
  const inputs = new Map<string, LeafInput>(
    Object.entries(entries).map(([code, entry]) => [code, { entry, appraisal: null }]),
  );
  return scoreCatalogue(catalogue, inputs);
}

describe('the index with bonus and penalty areas', () => {
  it('builds, carrying each area’s role', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(catalogue.areas.map((a) => a.role ?? null)).toEqual([null, 'survey', 'bonus', 'penalty']);
  });

  it('keeps the maximum at the regular and survey maxima; adds the bonus and takes off the penalty', () => {
    const s = score({
      '1.1': yesNo(true),
      '1.2': manual(3000),
      '2.1': manual(1500),
      '3.1': yesNo(true),
      '4.1': count(1),
    });
    expect(s.index).toMatchObject({
      max: 10000,
      applicableMax: 10000,
      bonus: 1000,
      penalty: 500,
      points: 9000,
      percent: 9000,
    });
    expect(s.areas.map((a) => [a.code, a.points, a.role ?? null])).toEqual([
      ['1', 7000, null],
      ['2', 1500, 'survey'],
      ['3', 1000, 'bonus'],
      ['4', 500, 'penalty'],
    ]);
  });

  it('passes the maximum only by the bonus the set allows', () => {
    const s = score({
      '1.1': yesNo(true),
      '1.2': manual(4000),
      '2.1': manual(2000),
      '3.1': yesNo(true),
      '4.1': count(0),
    });
    expect(s.index).toMatchObject({ max: 10000, points: 11000, percent: 11000, bonus: 1000, penalty: 0 });
  });

  it('caps the penalty at its maximum and never goes below 0', () => {
    const s = score({
      '1.1': yesNo(false),
      '1.2': manual(1000),
      '2.1': manual(0),
      '3.1': yesNo(false),
      '4.1': count(9),
    });
    expect(s.index).toMatchObject({ penalty: 2000, points: 0, percent: 0 });
  });

  it('leaves bonus and penalty areas out of the rating’s per-area floor', () => {
    // 95% with the penalty area at 0/2 and the bonus at 0/1: still the top rating.
    const s = score({
      '1.1': yesNo(true),
      '1.2': manual(3500),
      '2.1': manual(2000),
      '3.1': yesNo(false),
      '4.1': count(0),
    });
    expect(s.index.percent).toBe(9500);
    expect(s.index.heldDownBy).toEqual([]);
    expect(s.index.rating).toBe(catalogue.ratings[0].label);
  });
});

describe('an imported set scores the same way', () => {
  it('a bonus and a penalty read from the table', () => {
    const r = parseCriteriaTable(
      [
        ['STT', 'Tiêu chí', 'Điểm tối đa', 'Cách chấm'],
        ['I', 'Chỉ đạo điều hành', '2', ''],
        ['1', 'Ban hành kế hoạch', '2', 'Có/Không'],
        ['', 'ĐIỂM THƯỞNG', '1', ''],
        ['1', 'Được khen thưởng về CCHC', '1', 'có/không'],
        ['', 'ĐIỂM TRỪ', '1', ''],
        ['1', 'Báo cáo chậm', '1', 'mỗi báo cáo gửi chậm trừ 0,5 điểm, tối đa trừ 1 điểm'],
      ],
      { source: 't' },
    );
    if (!r.ok) throw new Error('import failed');
    const c = buildCatalogue(r.spec).catalogue;
    const inputs = new Map<string, LeafInput>([
      ['1.1', { entry: yesNo(true), appraisal: null }],
      ['2.1', { entry: yesNo(true), appraisal: null }],
      ['3.1', { entry: count(1), appraisal: null }],
    ]);
    expect(scoreCatalogue(c, inputs).index).toMatchObject({ max: 2000, bonus: 1000, penalty: 500, points: 2500 });
  });
});

describe('the survey component', () => {
  it('is not asked for evidence: evidence completeness leaves it out', () => {
    const s = score({
      '1.1': yesNo(true),
      '1.2': manual(3000),
      '2.1': manual(1500),
      '3.1': yesNo(true),
      '4.1': count(0),
    });
    const criteria = [...s.criteria.values()].map((c) => ({
      ...c,
      areaCode: c.code.split('.')[0],
      evidenceLevel: 'none' as const,
    }));
    const areas = s.areas.map((a) => ({ ...a, title: '', tabName: '', statedMax: a.max, missing: false }));
    const result = { criteria, areas } as unknown as Parameters<typeof evidenceCompleteness>[0];
    const e = evidenceCompleteness(result);
    expect(e.overall.total).toBe(4); // 1.1, 1.2, 3.1, 4.1: not 2.1
    expect(e.areas.map((a) => a.areaCode)).toEqual(['1', '3', '4']);
  });
});

describe('an imported set in a workbook: roles kept in the area row, shown apart in Tổng hợp and the sidebar', () => {
  const imported = parseCriteriaTable(ROMAN_TABLE, { source: 'bang.docx' });
  if (!imported.ok) throw new Error('import failed');
  const grids = workbookGrids(
    imported.spec,
    {},
    {
      '1.1.1': evidenced({ value: 'Ban hành kịp thời' }),
      '1.1.2': evidenced({ a: 9, b: 10 }),
      '1.2': evidenced({ value: 1 }),
      '1.3': evidenced({ value: 'Thực hiện đầy đủ kế hoạch tuyên truyền' }),
      '2.1': evidenced({ value: 'Không có CBCC bị kỷ luật' }),
      '2.2': evidenced({ a: 10, b: 10 }),
      '2.3': evidenced({ value: 'Có' }),
      '2.4': evidenced({ value: 1 }),
      '3.1': rowInput({ value: 8 }),
      '4.1': evidenced({ value: 'Có' }),
      '5.1': evidenced({ value: 1 }),
    },
  );
  const result = scoreWorkbook(grids);

  it('reads the roles back from the workbook and scores: 18,5 of 22 + 1 − 0,5', () => {
    expect(result.areas.map((a) => a.role ?? null)).toEqual([null, null, 'survey', 'bonus', 'penalty']);
    expect(result.index).toMatchObject({ max: 22000, bonus: 1000, penalty: 500, points: 19000 });
    expect(result.errors).toBe(0);
  });

  it('asks no evidence for the survey row', () => {
    expect(result.problems.filter((p) => p.code === '3.1')).toEqual([]);
  });

  it('Tổng hợp: the maximum without bonus and penalty, their own lines, role-marked area rows', () => {
    const { grid, indexRow, bandRows } = summaryGrid(imported.spec, result);
    const v = grid.values;
    expect(v[indexRow - 1][summaryCol('max')]).toBe(22);
    expect(v[indexRow - 1][summaryCol('points')]).toBe(19);
    const band = (label: string) =>
      bandRows.map((b) => v[b.row - 1]).find((r) => r[summaryCol('title')] === label)?.[summaryCol('max')];
    expect(band(EXTRA_TEXT.bonusLabel)).toBe(1);
    expect(band(EXTRA_TEXT.penaltyLabel)).toBe(-0.5);
    expect(v.map((r) => r[summaryCol('title')])).toContain('Điểm thưởng' + EXTRA_TEXT.roleSuffix.bonus);
    const blank = summaryGrid(imported.spec, null);
    expect(blank.grid.values[blank.indexRow - 1][summaryCol('max')]).toBe(22);
  });

  it('the sidebar view says what the index includes', () => {
    const view = buildDashboard(result, { scoredAt: null, previousRun: null, reportEnabled: true });
    expect(view.index?.extrasText).toBe(EXTRA_TEXT.sidebarExtras('1', '0,5'));
    // The title already says what the area is: no doubled suffix.
    expect(view.areas.map((a) => a.title)[4]).toBe('Điểm trừ');
    expect(view.evidence?.total).toBe(10); // 12 criteria, less the group and the survey row
  });
});

describe('the report model', () => {
  it('states bonus and penalty apart from the maximum, and where the survey points come from', () => {
    const imported = parseCriteriaTable(ROMAN_TABLE, { source: 'bang.docx' });
    if (!imported.ok) throw new Error('import failed');
    const result = scoreWorkbook(
      workbookGrids(imported.spec, {}, { '3.1': rowInput({ value: 8 }), '4.1': evidenced({ value: 'Có' }) }),
    );
    const text = paragraphs(buildReport({ result, today: TODAY })).join('\n');
    expect(text).toContain(EXTRA_TEXT.reportExtras('1', '0'));
    expect(text).toContain(EXTRA_TEXT.surveySource('Điều tra xã hội học'));
    const plain = paragraphs(sampleReport().model).join('\n');
    expect(plain).not.toContain(EXTRA_TEXT.reportExtras('0', '0'));
  });
});

describe('the catalogue fingerprint', () => {
  it('tells a bonus area from the same area counted as regular', () => {
    const plain = { ...spec, areas: spec.areas.map(({ role: _role, ...a }) => a) };
    expect(catalogueFingerprint(spec)).not.toBe(catalogueFingerprint(plain));
  });
});
