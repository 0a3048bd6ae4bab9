/** The cycle's pure parts: the self-assessment table, the report's appraisal and evidence sections, Tổng hợp. */
import { appraisalGaps } from '../../src/core/cycle/appraisal';
import { evidenceCompleteness } from '../../src/core/cycle/evidence';
import {
  SELF_ASSESSMENT_COLUMNS,
  SELF_ASSESSMENT_ROWS,
  selfAssessmentGrid,
  selfAssessmentLines,
} from '../../src/core/cycle/selfAssessmentTable';
import { formatPercent2, formatPoints, formatRatio } from '../../src/core/format';
import { scoreWorkbook } from '../../src/core/pipeline';
import { buildReport } from '../../src/core/report';
import { SAMPLE_ENTRIES, sampleGrids } from '../../src/core/sample/caoAn2023';
import { summaryCol, summaryGrid, SUMMARY_ROWS } from '../../src/core/summary';
import { CYCLE_REPORT_TEXT, CYCLE_SUMMARY_TEXT, SELF_ASSESSMENT_TEXT } from '../../src/core/text';
import { findHeaderRow } from '../../src/core/workbook';
import { blockText, sampleReport, tableNamed, TODAY } from '../report/helpers';
import { setCell } from '../core/helpers';
import { APPRAISAL, appraisalEntries, lowerCodes } from './helpers';

const appraised = () => {
  const grids = sampleGrids();
  for (const [code, v] of Object.entries(APPRAISAL)) setCell(grids, code, 'appraisal', v);
  return scoreWorkbook(grids);
};

describe('self-assessment table', () => {
  const result = scoreWorkbook(sampleGrids());
  const table = selfAssessmentGrid(result);
  const header = table.values[SELF_ASSESSMENT_ROWS.header - 1];

  it('has the six columns asked for, and a header no reader takes for an area tab', () => {
    expect(header).toEqual(SELF_ASSESSMENT_COLUMNS.map((c) => SELF_ASSESSMENT_TEXT.headers[c.key]));
    expect(header).toHaveLength(6);
    expect(findHeaderRow(table.values)).toBeNull();
    expect(String(table.values[0][0])).toContain('NĂM 2023');
    expect(table.values[1][0]).toBe('Xã Cao An, tỉnh Hải Dương');
  });

  it('lists every leaf criterion once with its points, evidence and explanation as entered', () => {
    const rows = table.values.slice(SELF_ASSESSMENT_ROWS.first - 1);
    const byCode = new Map(rows.map((r) => [String(r[0]), r]));
    const leaves = result.criteria.filter((c) => c.kind !== 'group' && c.status !== 'retired');
    expect(table.criteria).toBe(leaves.length);
    for (const c of leaves) {
      const r = byCode.get(c.code)!;
      expect(r[2]).toBe(c.max / 1000);
      expect(r[3]).toBe(c.status === 'na' ? 'KPS' : c.points / 1000);
      expect(r[4]).toBe(SAMPLE_ENTRIES[c.code].evidence ?? '');
      expect(r[5]).toBe(SAMPLE_ENTRIES[c.code].explanation ?? '');
    }
    const total = table.values[table.boldRows[table.boldRows.length - 1] - 1];
    expect(total[1]).toBe(SELF_ASSESSMENT_TEXT.total);
    expect(total[3]).toBe(result.index.points / 1000);
    expect(table.boldRows).toHaveLength(result.areas.length + 1);
  });

  it('is the report appendix too, which now carries the explanation', () => {
    const { result: r, model } = sampleReport();
    const appendix = tableNamed(model, 'appendix');
    expect(appendix.columns.map((c) => c.header).slice(-2)).toEqual(['Tài liệu kiểm chứng', 'Giải trình']);
    const lines = selfAssessmentLines(r);
    expect(appendix.rows.map((row) => row.cells[0])).toEqual(lines.map((l) => l.code));
    const r14 = appendix.rows.find((row) => row.cells[0] === '1.4.1')!;
    expect(r14.cells[r14.cells.length - 1]).toBe(SAMPLE_ENTRIES['1.4.1'].explanation);
    expect(appendix.rows.find((row) => row.cells[0] === '2.4')!.cells[3]).toBe('KPS');
  });
});

describe('appraisal in the report and in Tổng hợp', () => {
  it('the report lists the criteria the district scored lower, how many points, and self vs appraisal per area', () => {
    const { result, model } = sampleReport({ entries: appraisalEntries() });
    const gaps = appraisalGaps(result);
    expect(gaps.map((g) => g.code).sort()).toEqual(lowerCodes(result).sort());
    expect(gaps.length).toBe(3);
    const lost = gaps.reduce((s, g) => s + g.lost, 0);

    const heading = model.blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === CYCLE_REPORT_TEXT.appraisalHeading,
    );
    expect(heading).toBeGreaterThan(0);
    expect(blockText(model.blocks[heading + 1])).toBe(
      CYCLE_REPORT_TEXT.appraisalLower(
        gaps.length,
        formatPoints(lost),
        formatPercent2(result.index.percent),
        formatPercent2(result.appraisal!.index.percent),
      ),
    );
    const list = tableNamed(model, 'appraisal-gaps');
    expect(list.rows.map((r) => [r.cells[1], r.cells[3], r.cells[4], r.cells[5]])).toEqual(
      gaps.map((g) => [g.code, formatPoints(g.self), formatPoints(g.appraisal), formatPoints(g.lost)]),
    );

    const areas = tableNamed(model, 'appraisal-areas');
    for (const a of result.areas) {
      const ap = result.appraisal!.areas.find((x) => x.code === a.code)!;
      const row = areas.rows.find((r) => r.cells[0] === a.code)!;
      expect(row.cells.slice(2)).toEqual([
        formatPoints(a.points),
        formatPoints(ap.points),
        ap.points === a.points ? '0' : `−${formatPoints(a.points - ap.points)}`,
        String(gaps.filter((g) => g.areaCode === a.code).length),
      ]);
    }
    const total = areas.rows[areas.rows.length - 1];
    expect(total.cells[3]).toBe(formatPoints(result.appraisal!.index.points));
    expect(total.cells[4]).toBe(`−${formatPoints(lost)}`);
  });

  it("carries the district's reason (Ghi chú thẩm định) into the list, and says when none was typed", () => {
    const entries = appraisalEntries();
    entries['7.2'] = { ...entries['7.2'], appraisalNote: 'Chưa có số liệu văn bản điện tử quý IV' };
    const { result, model } = sampleReport({ entries });
    const list = tableNamed(model, 'appraisal-gaps');
    const noteOf = (code: string) => list.rows.find((r) => r.cells[1] === code)!.cells[6];
    expect(result.criteria.find((c) => c.code === '7.2')!.appraisalNote).toBe('Chưa có số liệu văn bản điện tử quý IV');
    expect(noteOf('7.2')).toBe('Chưa có số liệu văn bản điện tử quý IV');
    expect(noteOf('3.5')).toBe(CYCLE_REPORT_TEXT.appraisalNoNote);
  });

  it('no appraisal entered: no appraisal section', () => {
    const { model } = sampleReport();
    expect(model.blocks.some((b) => b.kind === 'heading' && b.text === CYCLE_REPORT_TEXT.appraisalHeading)).toBe(false);
    expect(model.blocks.some((b) => b.kind === 'table' && b.name.startsWith('appraisal'))).toBe(false);
  });

  it('appraisal equal to the self score everywhere: the section says so, with no list', () => {
    const { model } = sampleReport({ entries: { '1.5': { ...SAMPLE_ENTRIES['1.5'], appraisal: 1 } } });
    const i = model.blocks.findIndex((b) => b.kind === 'heading' && b.text === CYCLE_REPORT_TEXT.appraisalHeading);
    expect(blockText(model.blocks[i + 1])).toContain('không chấm thấp hơn');
    expect(model.blocks.some((b) => b.kind === 'table' && b.name === 'appraisal-gaps')).toBe(false);
  });

  it('Tổng hợp shows appraisal − self per area and the index, and names the criteria with how many points', () => {
    const result = appraised();
    const { grid, indexRow, bandRows } = summaryGrid(result.spec, result);
    expect(grid.values[SUMMARY_ROWS.header - 1][summaryCol('appraisalGap')]).toBe(
      CYCLE_SUMMARY_TEXT.appraisalGapHeader,
    );
    result.areas.forEach((a, i) => {
      const ap = result.appraisal!.areas.find((x) => x.code === a.code)!;
      expect(grid.values[SUMMARY_ROWS.firstArea - 1 + i][summaryCol('appraisalGap')]).toBe(
        (ap.points - a.points) / 1000,
      );
    });
    expect(grid.values[indexRow - 1][summaryCol('appraisalGap')]).toBe(
      (result.appraisal!.index.points - result.index.points) / 1000,
    );
    const band = bandRows
      .map((b) => grid.values[b.row - 1])
      .find((r) => r[summaryCol('title')] === CYCLE_SUMMARY_TEXT.appraisalGapsLabel)!;
    const text = String(band[summaryCol('max')]);
    const gaps = appraisalGaps(result);
    expect(text.startsWith(`${gaps.length} tiêu chí, ${formatPoints(gaps.reduce((s, g) => s + g.lost, 0))} điểm`)).toBe(
      true,
    );
    for (const g of gaps) expect(text).toContain(`${g.code} (−${formatPoints(g.lost)})`);
  });

  it('Tổng hợp without appraisal leaves the column empty and adds no band', () => {
    const result = scoreWorkbook(sampleGrids());
    const { grid, bandRows } = summaryGrid(result.spec, result);
    expect(grid.values[SUMMARY_ROWS.firstArea - 1][summaryCol('appraisalGap')]).toBe('');
    expect(
      bandRows.some((b) => grid.values[b.row - 1][summaryCol('title')] === CYCLE_SUMMARY_TEXT.appraisalGapsLabel),
    ).toBe(false);
  });
});

describe('evidence completeness in the report', () => {
  it('a paragraph with the overall counts and a per-area table, from evidenceCompleteness', () => {
    const { result, model } = sampleReport();
    const { overall, areas } = evidenceCompleteness(result);
    const texts = model.blocks.map(blockText);
    expect(texts).toContain(CYCLE_REPORT_TEXT.evidenceHeading);
    expect(texts).toContain(
      CYCLE_REPORT_TEXT.evidenceSummary(
        overall.total,
        overall.withEvidence,
        overall.explanationOnly,
        overall.none,
        formatRatio(overall.completePercent),
      ),
    );
    const table = tableNamed(model, 'evidence');
    expect(table.rows).toHaveLength(result.areas.length + 1);
    for (const e of areas) {
      const row = table.rows.find((r) => r.cells[0] === e.areaCode)!;
      expect(row.cells.slice(2)).toEqual([
        String(e.total),
        String(e.withEvidence),
        String(e.explanationOnly),
        String(e.none),
        formatRatio(e.completePercent),
      ]);
    }
    // The sample: 2.2 has only an explanation, 7.5 nothing.
    expect(table.rows.find((r) => r.cells[0] === '2')!.cells[4]).toBe('1');
    expect(table.rows.find((r) => r.cells[0] === '7')!.cells[5]).toBe('1');
    // In IV, after the shortcomings, before V.
    const iv = texts.findIndex((t) => t.startsWith('IV.'));
    const v = texts.findIndex((t) => t.startsWith('V.'));
    const at = texts.indexOf(CYCLE_REPORT_TEXT.evidenceHeading);
    expect(at > iv && at < v).toBe(true);
  });

  it('is built for any result (buildReport with no Phân công)', () => {
    const result = scoreWorkbook(sampleGrids());
    expect(() => buildReport({ result, today: TODAY })).not.toThrow();
  });
});
