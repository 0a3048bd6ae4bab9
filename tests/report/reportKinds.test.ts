/**
 * Every report kind (year-end, quý I, 6 tháng, 9 tháng, self-inspection) on the sample, on a sheet
 * with errors and on an empty sheet: the model's content, the Google Doc on the fakes (≤ 200 calls,
 * constant in the number of criteria, no stray empty paragraphs) and the .docx read back by mammoth.
 */
import mammoth from 'mammoth';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import type { CellValue } from '../../src/core/cells';
import { SNAPSHOT_HEADER } from '../../src/core/cycle/snapshot';
import { LOG_COLUMNS, TAB_NAMES } from '../../src/core/layout';
import { scoreWorkbook } from '../../src/core/pipeline';
import { buildAnyReport, REPORT_KINDS, ReportKind, ReportModel } from '../../src/core/report';
import { SAMPLE_INFO, SAMPLE_NOTICE } from '../../src/core/sample/caoAn2023';
import { workbookGrids } from '../../src/core/template';
import { inspectionText, periodicText, qualityText } from '../../src/core/text';
import type { WorkbookGrids } from '../../src/core/workbook';
import { createReportDocument } from '../../src/docs/renderReport';
import { renderReportDocx } from '../../src/local/docx/renderDocx';
import { FakeBody, FakeGas, FakePageBreak, FakeParagraph, FakeTable, fakePng, installFakeGlobals } from '../fakes';
import { blockText, paragraphs, sampleAssignments, sampleResult, tableNamed, TODAY } from './helpers';
import { syntheticResult } from './synthetic';
import { sampleGrids } from '../../src/core/sample/caoAn2023';

const VP = 'Công chức Văn phòng – Thống kê';

function model(kind: ReportKind, result = sampleResult(), grids?: WorkbookGrids): ReportModel {
  return buildAnyReport(kind, { result, assignments: sampleAssignments(), today: TODAY, grids });
}

const withErrors = () => sampleResult({ entries: { '7.2': { a: 3000, b: 2500, owner: VP, evidence: 'x' } } });
const empty = () => scoreWorkbook(workbookGrids({ ...DEFAULT_CATALOGUE, notice: SAMPLE_NOTICE }, SAMPLE_INFO, {}));

let gas: FakeGas;
beforeEach(() => {
  gas = installFakeGlobals();
});
afterEach(() => gas.uninstall());

/** The Google Doc on the fakes; `chart`: with the Tổng hợp chart, as Sheets passes it once drawn. */
function docsRun(m: ReportModel, chart = false): { calls: number; byMethod: Record<string, number>; nodes: unknown[] } {
  const png = chart ? fakePng(gas.env, 1200, 600) : null;
  gas.calls.reset();
  createReportDocument(m, { chart: png });
  return {
    calls: gas.calls.total(),
    byMethod: gas.calls.byMethod(),
    nodes: (gas.documentApp.lastDocument!.fakeBody as FakeBody).nodeChildren,
  };
}

describe.each(REPORT_KINDS)('report kind %s', (kind) => {
  test.each([
    ['the sample', () => sampleResult()],
    ['a sheet with errors', withErrors],
    ['an empty sheet', empty],
  ])(
    'on %s: a Google Doc in ≤ 200 calls with no stray empty paragraph, and a .docx that reads back',
    async (_label, make) => {
      const result = make();
      const m = model(kind, result);
      expect(docsRun(m, true).calls).toBeLessThanOrEqual(200);
      const { calls, nodes } = docsRun(m);
      expect(calls).toBeLessThanOrEqual(200);
      // No empty paragraph after a table, except the one a body must end with after a last table.
      const blank = (n: unknown) =>
        n instanceof FakeParagraph && n.getText() === '' && !(n.nodeChildren[0] instanceof FakePageBreak);
      nodes.forEach(
        (n, i) => n instanceof FakeTable && i + 2 < nodes.length && expect(blank(nodes[i + 1])).toBe(false),
      );
      expect(nodes.filter(blank).length).toBeLessThanOrEqual(1);
      const { value: text } = await mammoth.extractRawText({ buffer: await renderReportDocx(m) });
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('/BC-UBND');
      expect(text).toContain('Nơi nhận:');
    },
  );

  test('a sheet with errors or without data says so at the top, and the summary carries the warning', () => {
    const bad = withErrors();
    expect(bad.errors).toBeGreaterThan(0);
    for (const [result, warning] of [
      [bad, qualityText.errors(bad.errors)],
      [empty(), qualityText.noData],
    ] as const) {
      const m = model(kind, result);
      const firstTable = m.blocks.findIndex((b) => b.kind === 'table');
      const at = m.blocks.findIndex(
        (b) => b.kind === 'paragraph' && b.style === 'notice' && blockText(b) !== qualityText.sample,
      );
      expect(blockText(m.blocks[at])).toContain(warning); // after the sample's mark when both apply
      expect(at).toBeLessThan(m.blocks.findIndex((b) => b.kind === 'heading')); // under the title, before section I
      expect(firstTable === -1 || at < firstTable).toBe(true);
      expect(m.summary.warning).toBe(warning);
    }
    expect(model(kind).summary.warning).toBeNull();
    // The sample is marked as such on page 1, under the title; a real sheet is not.
    const notices = (m: ReportModel) =>
      m.blocks.filter((b) => b.kind === 'paragraph' && b.style === 'notice').map(blockText);
    expect(notices(model(kind))).toEqual([qualityText.sample]);
    const real = sampleResult();
    real.catalogue = { ...real.catalogue, notice: '' };
    expect(notices(model(kind, real))).toEqual([]);
  });

  test('Docs calls are the same for 7 × 10 and 7 × 100 criteria', () => {
    const run = (n: number) => {
      const { result, assignments } = syntheticResult(n);
      return docsRun(buildAnyReport(kind, { result, assignments, today: TODAY })).byMethod;
    };
    expect(run(100)).toEqual(run(10));
  });
});

describe('periodic reports', () => {
  test('the period’s own dates, figures cumulative from the start of the year', () => {
    const q1 = model('q1');
    expect(q1.documentName).toBe('Báo cáo CCHC quý I 2023 – Xã Cao An');
    expect(blockText(q1.blocks[2])).toBe('Kết quả thực hiện công tác cải cách hành chính quý I năm 2023');
    expect(paragraphs(q1)).toContain(periodicText.dataPeriod('15/12/2022', '14/03/2023'));
    expect(paragraphs(model('h1'))).toContain(periodicText.dataPeriod('15/12/2022', '14/06/2023'));
    expect(paragraphs(model('9m'))).toContain(periodicText.dataPeriod('15/12/2022', '14/09/2023'));
    const texts = model('9m').blocks.map(blockText);
    for (const h of [
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      'II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
    ]) {
      expect(texts).toContain(h);
    }
    expect(model('h1').blocks.map(blockText)).toContain('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM');
  });

  test('the next period’s tasks quote the figures reached so far, not a whole year’s', () => {
    const rows = (m: ReportModel) => tableNamed(m, 'tasks').rows.map((r) => r.cells[1]);
    const q1 = rows(model('q1'));
    expect(q1.length).toBeGreaterThan(0);
    expect(q1.some((text) => text.includes('(lũy kế đến 14/03/2023: '))).toBe(true);
    expect(rows(model('9m')).some((text) => text.includes('(lũy kế đến 14/09/2023: '))).toBe(true);
    for (const text of q1) expect(text).not.toContain('(năm 2023: ');
    // The year-end report's own tasks still quote the year.
    expect(rows(model('year')).some((text) => text.includes('(năm 2023: '))).toBe(true);
  });

  test('dated at its period’s end: a Ngày báo cáo outside the period gives way to the day after data closing', () => {
    const placeDate = (m: ReportModel) => blockText(m.blocks[0]).split('\n').at(-1);
    // The sample's Ngày báo cáo is the year-end report's, 25/12/2023.
    const q1 = model('q1');
    expect(placeDate(q1)).toBe('Cao An, ngày 15 tháng 3 năm 2023');
    expect(q1.summary.problems).toContain(periodicText.dateMoved('q1', '25/12/2023', '15/03/2023'));
    expect(q1.summary.dateNote).toBe(periodicText.dateMoved('q1', '25/12/2023', '15/03/2023'));
    expect(placeDate(model('h1'))).toBe('Cao An, ngày 15 tháng 6 năm 2023');
    expect(placeDate(model('9m'))).toBe('Cao An, ngày 15 tháng 9 năm 2023');
    // The year-end report keeps the office's date.
    expect(placeDate(model('year'))).toBe('Cao An, ngày 25 tháng 12 năm 2023');

    // A date the office typed within the period (closing day .. the 15th of the next month) is kept.
    for (const [typed, shown] of [
      ['14/03/2023', 'ngày 14 tháng 3 năm 2023'],
      ['31/03/2023', 'ngày 31 tháng 3 năm 2023'],
      ['15/04/2023', 'ngày 15 tháng 4 năm 2023'],
    ]) {
      const m = model('q1', sampleResult({ info: { ...SAMPLE_INFO, reportDate: typed } }));
      expect(placeDate(m)).toBe(`Cao An, ${shown}`);
      expect(m.summary.problems.join(' ')).not.toMatch(/không thuộc kỳ báo cáo/);
      expect(m.summary.dateNote).toBeNull();
    }
    for (const typed of ['13/03/2023', '16/04/2023', '18/03/2022']) {
      const m = model('q1', sampleResult({ info: { ...SAMPLE_INFO, reportDate: typed } }));
      expect(placeDate(m)).toBe('Cao An, ngày 15 tháng 3 năm 2023');
    }

    // No Ngày báo cáo: today when it falls in the period, else the day after closing; no complaint either way.
    const noDate = sampleResult({ info: { ...SAMPLE_INFO, reportDate: '' } });
    const on = (today: typeof TODAY) =>
      buildAnyReport('q1', { result: noDate, assignments: sampleAssignments(), today });
    expect(placeDate(on({ year: 2023, month: 3, day: 20 }))).toBe('Cao An, ngày 20 tháng 3 năm 2023');
    expect(placeDate(on({ year: 2023, month: 8, day: 2 }))).toBe('Cao An, ngày 15 tháng 3 năm 2023');
    expect(on({ year: 2023, month: 8, day: 2 }).summary.problems.join(' ')).not.toMatch(/không thuộc kỳ báo cáo/);
  });

  test('Nguyên nhân quotes the explanations of the criteria that lost most, one clause each, no doubled stops', () => {
    const causes = paragraphs(model('q1')).find((p) => p.startsWith('Theo giải trình'))!;
    expect(causes.split('; ')).toHaveLength(5);
    expect(causes).not.toMatch(/\.;|\.\.$/);
    expect(causes.endsWith('.')).toBe(true);
  });

  test('criteria not on track, with what is missing and who answers for them (Phân công)', () => {
    const t = tableNamed(model('h1'), 'behind');
    const row = t.rows.find((r) => r.cells[0] === '1.4.1')!;
    // 19 of 20 against "= 100%": one more is needed.
    expect(row.cells).toEqual([
      '1.4.1',
      'Mức độ hoàn thành kế hoạch tuyên truyền CCHC',
      '95% (19/20)',
      '= 100%',
      'còn 1',
      sampleAssignments()['1'],
    ]);
    expect(t.rows.map((r) => r.cells[0])).not.toContain('7.2'); // met
    // 7.2 at 2.200/2.500 (88%) against ≥ 90%: 2.250 are needed, 50 more.
    const lagging = tableNamed(
      model('h1', sampleResult({ entries: { '7.2': { a: 2200, b: 2500, owner: VP, evidence: 'x' } } })),
      'behind',
    );
    expect(lagging.rows.find((r) => r.cells[0] === '7.2')!.cells[4]).toBe('còn 50');
  });

  test('compares with the latest earlier round in Chốt số liệu or Nhật ký; says so when there is none', () => {
    const grids = sampleGrids();
    const m0 = model('h1', sampleResult(), grids);
    expect(paragraphs(m0)).toContain(periodicText.compareNone);
    const snapshotRow = (iso: string, points: number): CellValue[] => {
      const row: CellValue[] = SNAPSHOT_HEADER.map(() => '');
      row[0] = iso;
      row[2] = 'Chỉ số';
      row[4] = 'Tổng';
      row[SNAPSHOT_HEADER.indexOf('Điểm tự chấm')] = points;
      return row;
    };
    grids.tabs.push({
      name: TAB_NAMES.snapshot,
      values: [
        [...SNAPSHOT_HEADER],
        snapshotRow('2023-03-20T03:00:00.000Z', 70.5),
        snapshotRow('2022-12-01T03:00:00.000Z', 99),
      ],
    });
    grids.tabs.push({
      name: TAB_NAMES.log,
      values: [
        [...LOG_COLUMNS],
        ['10/04/2023 08:00:00', 'a', 'Tính điểm', 75.25, 76.8, 0, 0, ''],
        ['20/12/2023 08:00:00', 'a', 'Tính điểm', 86, 87, 0, 0, ''],
      ],
    });
    const m = model('h1', sampleResult(), grids);
    // Report date 25/12/2023: the log row of 20/12 is this round; 01/12/2022 belongs to last year.
    const line = paragraphs(m).find((p) => p.startsWith('So với'))!;
    expect(line).toBe('So với lần chốt số liệu ngày 10/04/2023 (75,25 điểm, 76,80%): tăng 10,848 điểm.');
  });
});

describe('self-inspection report', () => {
  test('addressed to the Chairman; findings per area and in a table, with the explanations given', () => {
    const m = model('inspection');
    expect(m.documentName).toBe('Báo cáo tự kiểm tra CCHC 2023 – Xã Cao An');
    expect(paragraphs(m)).toContain('Kính gửi: Chủ tịch UBND xã Cao An.');
    const findings = tableNamed(m, 'findings');
    const of = (code: string) => findings.rows.filter((r) => r.cells[1] === code).map((r) => r.cells.slice(2));
    expect(of('7.5')).toContainEqual([inspectionText.kinds.noEvidence, inspectionText.noExplanation]);
    expect(of('1.4.1')).toContainEqual([
      inspectionText.kinds.behind('Mức độ hoàn thành kế hoạch tuyên truyền CCHC', '95%', '= 100%'),
      'Một đợt tuyên truyền quý IV lùi sang tháng 01/2024.',
    ]);
    const area7 = paragraphs(m).find((p) => p.startsWith('7. '))!;
    expect(area7).toBe(
      '7. Xây dựng và phát triển chính quyền điện tử: tạm đạt 82,88%; 1 tiêu chí thiếu tài liệu kiểm chứng, 1 chỉ tiêu chưa đạt.',
    );
    expect(paragraphs(m)).toContain('4. Cải cách tổ chức bộ máy: tạm đạt 100,00%; không phát hiện tồn tại.');
  });

  test('recommendations each with an owner from Phân công and a deadline 30 days after the report date', () => {
    const recs = tableNamed(model('inspection', withErrors()), 'recommendations');
    expect(recs.rows.length).toBeGreaterThan(0);
    for (const r of recs.rows) {
      expect(r.cells[2]).not.toBe('');
      expect(r.cells[3]).toBe('Trước ngày 24/01/2024'); // 25/12/2023 + 30 days
    }
    const fix = recs.rows.find((r) => r.cells[1].startsWith('Sửa'))!;
    expect(fix.cells[1]).toContain('7. Xây dựng và phát triển chính quyền điện tử');
    expect(fix.cells[2]).toBe(sampleAssignments()['7']);
  });

  test('a recommendation to catch up names each target by code and by name', () => {
    const recs = tableNamed(model('inspection'), 'recommendations').rows.map((r) => r.cells[1]);
    expect(recs).toContain('Có giải pháp hoàn thành chỉ tiêu 1.4.1 (mức độ hoàn thành kế hoạch tuyên truyền CCHC)');
  });
});

describe('criteria in prose', () => {
  const ratioTitles = DEFAULT_CATALOGUE.areas
    .flatMap((a) => a.criteria)
    .filter((c) => / \/ /.test(c.title))
    .map((c) => c.title);
  /** Paragraphs, plus the table cells that are sentences (tasks, findings, recommendations). */
  const prose = (m: ReportModel) => [
    ...paragraphs(m),
    ...m.blocks.flatMap((b) =>
      b.kind === 'table' && b.name !== 'appendix' && b.name !== 'data' ? b.rows.flatMap((r) => r.cells) : [],
    ),
  ];

  test.each(REPORT_KINDS)('%s: no criterion is named by its a/b definition outside the appendix', (kind) => {
    const texts = prose(model(kind, withErrors())).join('\n');
    for (const title of ratioTitles) expect(texts).not.toContain(title);
  });

  test('the short names are what the prose uses', () => {
    const area1 = paragraphs(model('year')).find((p) => p.startsWith('Kết quả: đạt') && p.includes('1.3.1'))!;
    expect(area1).toContain('1.3.1 Tỷ lệ bộ phận được tự kiểm tra theo kế hoạch');
    const targets = tableNamed(model('year'), 'targets').rows.map((r) => r.cells[1]);
    expect(targets).toContain('Tỷ lệ văn bản trao đổi dưới dạng điện tử');
    // 7.2 at 80% misses its target (≥ 90%): a periodic "behind" row and a self-inspection finding.
    const missed = sampleResult({ entries: { '7.2': { a: 2000, b: 2500, owner: VP, evidence: 'x' } } });
    const behind = tableNamed(model('q1', missed), 'behind').rows.map((r) => r.cells.slice(0, 2));
    expect(behind).toContainEqual(['7.2', 'Tỷ lệ văn bản trao đổi dưới dạng điện tử']);
    const findings = tableNamed(model('inspection', missed), 'findings').rows.filter((r) => r.cells[1] === '7.2');
    expect(findings.map((r) => r.cells[2])).toContainEqual(
      expect.stringMatching(/^Tỷ lệ văn bản trao đổi dưới dạng điện tử chưa đạt chỉ tiêu: 80%/),
    );
    // Option labels stay lower-case inside the target sentences.
    expect(
      model('year')
        .targets.map((x) => x.text)
        .join('\n'),
    ).not.toMatch(/chỉ tiêu: \p{Lu}\p{Ll}/u);
  });
});

describe('year-end wording', () => {
  test('a criterion met by nothing happening is named by what was achieved; Chỉ số CCHC cased alike', () => {
    const texts = paragraphs(model('year'));
    const area5 = texts.find((p) => p.startsWith('Kết quả: đạt 13,714/14'))!;
    expect(area5).toContain('5.2 Không có CBCC bị kỷ luật từ khiển trách trở lên');
    expect(area5).not.toContain('5.2 CBCC bị kỷ luật');
    expect(texts.join('\n')).not.toContain('chỉ số cải cách hành chính');
  });
});
