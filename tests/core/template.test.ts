import { buildCatalogue, flattenArea } from '../../src/core/catalog/build';
import {
  AREA_COLUMNS,
  AREA_ROWS,
  AREA_WIDTH,
  ASSIGNMENT_COLUMNS,
  col,
  INFO_ROWS,
  INFO_TEMPLATE_FIELDS,
  TAB_NAMES,
} from '../../src/core/layout';
import { scoreWorkbook } from '../../src/core/pipeline';
import { SAMPLE_ASSIGNMENTS, SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import {
  areaGrid,
  areaTitleText,
  assignmentGrid,
  criterionCatalogueCells,
  criterionRow,
  infoGrid,
  workbookGrids,
} from '../../src/core/template';
import { readWorkbook } from '../../src/core/workbook';
import { cloneDefault, criterionSpec } from './helpers';

const spec = cloneDefault();

describe('area tabs', () => {
  const grid = areaGrid(spec.areas[2], spec.notice, { '3.5': { a: 1236, b: 1242, owner: 'Văn phòng' } });

  it('title, notice, header, then the area row and one row per criterion', () => {
    expect(grid.name).toBe('3. Cải cách TTHC');
    expect(grid.values[AREA_ROWS.title - 1][0]).toBe('LĨNH VỰC 3. CẢI CÁCH THỦ TỤC HÀNH CHÍNH (tối đa 22 điểm)');
    expect(grid.values[AREA_ROWS.notice - 1][0]).toBe(spec.notice);
    expect(grid.values[AREA_ROWS.header - 1]).toEqual(AREA_COLUMNS.map((c) => c.header));
    const areaRow = grid.values[AREA_ROWS.firstData - 1];
    expect([areaRow[col('code')], areaRow[col('kind')], areaRow[col('maxPoints')]]).toEqual(['3', 'Lĩnh vực', 22]);
    expect(grid.values.slice(AREA_ROWS.firstData).map((r) => r[col('code')])).toEqual(
      spec.areas[2].criteria.map((c) => c.code),
    );
    for (const row of grid.values) expect(row).toHaveLength(AREA_WIDTH);
  });

  it('puts entries in their input columns and leaves the computed ones empty', () => {
    const row = grid.values.find((r) => r[col('code')] === '3.5')!;
    expect([row[col('a')], row[col('b')], row[col('owner')]]).toEqual([1236, 1242, 'Văn phòng']);
    expect([row[col('ratio')], row[col('points')], row[col('check')]]).toEqual(['', '', '']);
  });

  it('writes a decimal maximum the Vietnamese way in the title', () => {
    expect(areaTitleText({ ...spec.areas[3], maxPoints: 7.5 })).toBe(
      'LĨNH VỰC 4. CẢI CÁCH TỔ CHỨC BỘ MÁY (tối đa 7,5 điểm)',
    );
  });
});

describe('criterion cells', () => {
  it('catalogue cells run from Mã to Chỉ tiêu KH, with labels for the kind and the N/A flag', () => {
    const cells = criterionCatalogueCells(
      criterionSpec('3.6', 'ratio', '= 100%: 2; còn lại: 0', 2, { naAllowed: true, target: '= 100%' }),
    );
    expect(cells).toEqual(['3.6', 'Tiêu chí 3.6', 2, 'Tỷ lệ a/b', '= 100%: 2; còn lại: 0', 'Có', '= 100%']);
    expect(cells).toHaveLength(col('target') + 1);
    expect(criterionCatalogueCells(criterionSpec('1.1', 'group', '', 3))[col('kind')]).toBe('Nhóm (tổng tiêu chí con)');
    expect(criterionCatalogueCells(criterionSpec('1.5', 'yesno', 'Có: 1', 1))[col('naAllowed')]).toBe('');
  });

  it('a full row is as wide as the layout', () => {
    const row = criterionRow(criterionSpec('1.5', 'yesno', 'Có: 1', 1), { value: 'Có', na: undefined });
    expect(row).toHaveLength(AREA_WIDTH);
    expect(row[col('value')]).toBe('Có');
    expect(row[col('na')]).toBe('');
  });
});

describe('Thông tin chung and Phân công', () => {
  it('info: label | value | hint, every field in layout order, catalogue fields from the spec', () => {
    const grid = infoGrid(spec, { ...SAMPLE_INFO, groups: 'ignored: the spec wins' });
    expect(grid.name).toBe(TAB_NAMES.info);
    const fields = grid.values.slice(INFO_ROWS.firstField - 1);
    expect(fields.map((r) => r[0])).toEqual(INFO_TEMPLATE_FIELDS.map((f) => f.label));
    // Since 1/7/2025 there is no huyện: a new tab has no such row (older files keep theirs, workbook.ts reads it).
    expect(fields.map((r) => r[0])).not.toContain('Huyện');
    const value = (label: string) => fields.find((r) => r[0] === label)![1];
    expect(value('Loại đơn vị')).toBe('Xã');
    expect(value('Tên đơn vị')).toBe('Cao An');
    expect(value('Năm đánh giá')).toBe(2023);
    expect(value('Phân nhóm')).toBe(spec.groups);
    expect(value('Các lĩnh vực')).toBe(
      spec.areas.map((a) => `${a.code}: ${a.title} (${String(a.maxPoints).replace('.', ',')} điểm)`).join('; '),
    );
    expect(value('Số báo cáo')).toBe('');
  });

  it('assignments: header and one row per area', () => {
    const grid = assignmentGrid(spec, SAMPLE_ASSIGNMENTS);
    expect(grid.values[0]).toEqual(ASSIGNMENT_COLUMNS.map((c) => c.header));
    expect(grid.values.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(grid.values[3]).toEqual([
      '3',
      'Cải cách thủ tục hành chính',
      SAMPLE_ASSIGNMENTS['3'].emails,
      SAMPLE_ASSIGNMENTS['3'].names,
    ]);
    expect(assignmentGrid(spec).values[1]).toEqual(['1', 'Công tác chỉ đạo, điều hành CCHC', '', '']);
  });
});

describe('a new workbook', () => {
  const grids = workbookGrids(spec);

  it('has Thông tin chung and one tab per area', () => {
    expect(grids.tabs.map((t) => t.name)).toEqual([TAB_NAMES.info, ...spec.areas.map((a) => a.tabName)]);
  });

  it('reads back as the catalogue it was made from, without a problem', () => {
    const read = readWorkbook(grids);
    expect(read.problems).toEqual([]);
    const norm = (s: typeof spec) => ({
      ...s,
      areas: s.areas.map((a) => ({
        ...a,
        // The rows hold no short name: reports look it up by title in the catalogues they know.
        criteria: a.criteria.map(({ shortName: _, ...c }) => ({
          ...c,
          naAllowed: c.naAllowed === true,
          target: c.target ?? undefined,
        })),
      })),
    });
    expect(norm(read.spec)).toEqual(norm(spec));
  });

  it('an edited catalogue survives the round trip too', () => {
    const edited = cloneDefault();
    edited.areas[4].criteria[1] = { ...edited.areas[4].criteria[1], maxPoints: 3.5, rule: '= 0: 3,5; còn lại: 0' };
    edited.areas[4].maxPoints = 13.5;
    expect(readWorkbook(workbookGrids(edited)).spec.areas[4]).toEqual({
      ...edited.areas[4],
      criteria: edited.areas[4].criteria.map(({ shortName: _, ...c }) => ({ ...c, naAllowed: c.naAllowed === true })),
    });
  });

  it('scores to 0 with one "missing" error per leaf criterion when nothing is entered', () => {
    const result = scoreWorkbook(grids);
    const leaves = buildCatalogue(spec)
      .catalogue.areas.flatMap(flattenArea)
      .filter((c) => c.kind !== 'group');
    expect(result.index.points).toBe(0);
    expect(result.errors).toBe(leaves.length);
    expect(result.warnings).toBe(0);
    expect(new Set(result.problems.map((p) => p.code))).toEqual(new Set(leaves.map((c) => c.code)));
  });
});
