import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { AREA_COLUMNS, AREA_ROWS, col, TAB_NAMES } from '../../src/core/layout';
import { sampleGrids, SAMPLE_ENTRIES } from '../../src/core/sample/caoAn2023';
import { workbookGrids } from '../../src/core/template';
import {
  findHeaderRow,
  formatAreaList,
  type Info,
  kindFromLabel,
  parseAreaList,
  readInfo,
  readWorkbook,
  unitTypeOf,
} from '../../src/core/workbook';
import { rowNumberOf, tabOf, templateRowOf } from './helpers';

const located = (problems: ReturnType<typeof readWorkbook>['problems']) =>
  problems.map((p) => [p.severity, p.sheet, p.row, p.column, p.code, p.message]);

describe('reading the sample workbook', () => {
  const read = readWorkbook(sampleGrids());

  it('finds the seven area tabs and no problem', () => {
    expect(read.problems).toEqual([]);
    expect(read.areaTabs.map((t) => [t.name, t.headerRow, t.areaCode])).toEqual(
      DEFAULT_CATALOGUE.areas.map((a) => [a.tabName, AREA_ROWS.header, a.code]),
    );
  });

  it('rebuilds the catalogue from the rows', () => {
    const strip = (spec: typeof read.spec) =>
      spec.areas.map((a) => ({
        ...a,
        // The rows hold no short name: reports look it up by title in the catalogues they know.
        criteria: a.criteria.map(({ shortName: _, ...c }) => ({
          ...c,
          naAllowed: c.naAllowed === true,
          target: c.target ?? undefined,
        })),
      }));
    expect(strip(read.spec)).toEqual(strip(DEFAULT_CATALOGUE));
    expect(read.spec.groups).toBe(DEFAULT_CATALOGUE.groups);
    expect(read.spec.ratings).toBe(DEFAULT_CATALOGUE.ratings);
  });

  it('keys rows by code, with their sheet and row', () => {
    const row = read.rows.find((r) => r.code === '3.5')!;
    expect(row).toMatchObject({ sheet: '3. Cải cách TTHC', row: templateRowOf('3.5'), areaCode: '3' });
    expect(row.input).toMatchObject({ a: SAMPLE_ENTRIES['3.5'].a, b: SAMPLE_ENTRIES['3.5'].b });
    expect(read.rowOf.get('3')).toEqual({ sheet: '3. Cải cách TTHC', row: AREA_ROWS.firstData });
  });

  it('reads Thông tin chung by label', () => {
    expect(read.info.commune).toBe('Cao An');
    expect(read.info.year).toBe(2023);
    expect(read.infoRowOf.get('commune')!.sheet).toBe(TAB_NAMES.info);
  });
});

describe('workbooks changed by hand', () => {
  it('a renamed area tab still counts', () => {
    const grids = sampleGrids();
    tabOf(grids, '3').name = 'TTHC';
    const read = readWorkbook(grids);
    expect(read.problems).toEqual([]);
    expect(read.spec.areas.find((a) => a.code === '3')!.tabName).toBe('TTHC');
    expect(read.rows.filter((r) => r.areaCode === '3').every((r) => r.sheet === 'TTHC')).toBe(true);
  });

  it('a header row moved down 2 rows is found, with a warning', () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '3');
    tab.values.splice(
      1,
      0,
      AREA_COLUMNS.map(() => ''),
      AREA_COLUMNS.map(() => ''),
    );
    const read = readWorkbook(grids);
    expect(located(read.problems)).toEqual([
      [
        'warning',
        '3. Cải cách TTHC',
        5,
        'code',
        null,
        'Bảng “3. Cải cách TTHC”: hàng tiêu đề đang ở hàng 5 thay vì hàng 3. Vẫn đọc được; chạy “Khởi tạo / cập nhật” để sắp lại.',
      ],
    ]);
    expect(read.areaTabs.find((t) => t.areaCode === '3')!.headerRow).toBe(5);
    expect(read.rows.find((r) => r.code === '3.5')!.row).toBe(templateRowOf('3.5') + 2);
  });

  it('a column inserted among the headers: an error for that tab, and nothing read from it', () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '3');
    for (const row of tab.values) row.splice(col('a'), 0, '');
    const read = readWorkbook(grids);
    expect(located(read.problems)).toContainEqual([
      'error',
      '3. Cải cách TTHC',
      AREA_ROWS.header,
      'a',
      null,
      'Bảng “3. Cải cách TTHC”: cột H phải là “Số liệu a” nhưng đang là “”. Không chấm được bảng này; hoàn tác việc chèn/xóa/đổi tên cột.',
    ]);
    expect(read.rows.some((r) => r.sheet === '3. Cải cách TTHC')).toBe(false);
    expect(read.areaTabs.some((t) => t.name === '3. Cải cách TTHC')).toBe(false);
    // Thông tin chung lists area 3, so its absence is reported too.
    expect(read.problems.filter((p) => p.code === '3').map((p) => p.severity)).toEqual(['error']);
  });

  it('a column inserted before "Mã": the tab is recognised as shifted, reported at column A, and not scored', () => {
    const grids = sampleGrids();
    for (const row of tabOf(grids, '3').values) row.unshift('');
    const read = readWorkbook(grids);
    expect(read.spec.areas.map((a) => a.code)).toEqual(['1', '2', '4', '5', '6', '7']);
    const errors = read.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ['3. Cải cách TTHC', AREA_ROWS.header, 'code', null],
      [null, null, null, '3'],
    ]);
    expect(errors[0].message).toBe(
      'Bảng “3. Cải cách TTHC”: cột A phải là “Mã” nhưng đang là “”. Không chấm được bảng này; hoàn tác việc chèn/xóa/đổi tên cột.',
    );
  });

  it('a deleted area tab is reported when "Các lĩnh vực" lists it', () => {
    const grids = sampleGrids();
    grids.tabs = grids.tabs.filter((t) => t.name !== '3. Cải cách TTHC');
    const read = readWorkbook(grids);
    expect(read.missingAreas).toEqual([{ code: '3', title: 'Cải cách thủ tục hành chính', max: 22000 }]);
    expect(located(read.problems)).toEqual([
      [
        'error',
        null,
        null,
        null,
        '3',
        'Không đọc được bảng của lĩnh vực 3. Cải cách thủ tục hành chính (bảng đã bị xóa, hoặc hàng tiêu đề bị sửa): lĩnh vực này đang tính 0/22 điểm. Khôi phục bảng (bản lưu trước, hoặc lịch sử phiên bản của Google Sheets) hoặc hoàn tác thay đổi ở hàng tiêu đề; nếu không khôi phục được, chạy “Khởi tạo / cập nhật bảng theo dõi” để tạo lại bảng trống.',
      ],
    ]);
  });

  it('a duplicated criterion row: an error on the copy, the first row is kept', () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '3');
    const copy = [...tab.values[rowNumberOf(tab, '3.5') - 1]];
    copy[col('a')] = 1;
    tab.values.push(copy);
    const read = readWorkbook(grids);
    expect(located(read.problems)).toEqual([
      [
        'error',
        '3. Cải cách TTHC',
        tab.values.length,
        'code',
        '3.5',
        'Mã 3.5 bị trùng. Mỗi tiêu chí phải có một mã riêng; sửa hoặc xóa dòng trùng.',
      ],
    ]);
    expect(read.rows.filter((r) => r.code === '3.5')).toHaveLength(1);
    expect(read.rows.find((r) => r.code === '3.5')!.input.a).toBe(1236);
  });

  it("an official's extra row without a code: a warning, not read", () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '5');
    const extra = AREA_COLUMNS.map(() => '' as string | number);
    extra[col('a')] = 3;
    extra[col('b')] = 4;
    tab.values.push(extra);
    const read = readWorkbook(grids);
    expect(located(read.problems)).toEqual([
      [
        'warning',
        '5. Chế độ công vụ',
        tab.values.length,
        'code',
        null,
        'Dòng có số liệu nhưng không có mã tiêu chí; không được tính điểm.',
      ],
    ]);
    // A fully blank row is simply skipped.
    tab.values.push(AREA_COLUMNS.map(() => ''));
    expect(readWorkbook(grids).problems).toHaveLength(1);
  });

  it('a missing area row: an error, and the area is inferred from the codes', () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '4');
    tab.values.splice(rowNumberOf(tab, '4') - 1, 1);
    const read = readWorkbook(grids);
    expect(read.problems.map((p) => [p.severity, p.sheet, p.row, p.column])).toEqual([
      ['error', '4. Tổ chức bộ máy', AREA_ROWS.firstData, 'kind'],
    ]);
    expect(read.problems[0].message).toContain('không có dòng lĩnh vực (Loại = “Lĩnh vực”)');
    expect(read.spec.areas.find((a) => a.code === '4')).toMatchObject({ maxPoints: 8, tabName: '4. Tổ chức bộ máy' });
  });

  it('an unknown kind label and a bad maximum are located on their cells', () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '6');
    const r = rowNumberOf(tab, '6.2');
    tab.values[r - 1][col('kind')] = 'Phần trăm';
    tab.values[rowNumberOf(tab, '6.1') - 1][col('maxPoints')] = -2;
    const read = readWorkbook(grids);
    expect(read.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ['6. Tài chính công', rowNumberOf(tab, '6.1'), 'maxPoints', '6.1'],
      ['6. Tài chính công', r, 'kind', '6.2'],
    ]);
    expect(read.problems[1].message).toMatch(
      /^Loại “Phần trăm” của 6\.2 không hợp lệ\. Chọn một trong: Tỷ lệ a\/b; Có\/Không;/,
    );
  });

  it('merged input cells are errors', () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '7');
    const r = rowNumberOf(tab, '7.2');
    tab.merges = [
      { row: r, column: col('a') + 1, numRows: 2, numColumns: 1 },
      { row: 1, column: 1, numRows: 1, numColumns: AREA_COLUMNS.length }, // the title row may be merged
    ];
    expect(located(readWorkbook(grids).problems)).toEqual([
      [
        'error',
        '7. Chính quyền số',
        r,
        'a',
        '7.2',
        'Ô nhập liệu đang bị gộp (merge) với ô khác. Bỏ gộp ô để số liệu được đọc đúng.',
      ],
    ]);
  });

  it('rules and bands edited in the sheet are what is read', () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '3');
    tab.values[rowNumberOf(tab, '3.5') - 1][col('rule')] = '= 100%: 5; > 99%: 4; còn lại: 0';
    const info = grids.tabs.find((t) => t.name === TAB_NAMES.info)!;
    info.values.find((r) => r[0] === 'Phân nhóm')![1] = '≥ 85%: A; còn lại: B';
    const read = readWorkbook(grids);
    expect(read.spec.areas[2].criteria.find((c) => c.code === '3.5')!.rule).toBe('= 100%: 5; > 99%: 4; còn lại: 0');
    expect(read.spec.groups).toBe('≥ 85%: A; còn lại: B');
  });

  it('ragged and missing rows (as file readers may give them) are read, not crashed on', () => {
    const grids = sampleGrids();
    const tab = tabOf(grids, '3');
    tab.values[tab.values.length + 2] = ['3.10']; // leaves two holes, then a row of one cell
    const read = readWorkbook(grids);
    expect(read.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [tab.values.length, 'kind', '3.10'],
      [tab.values.length, 'maxPoints', '3.10'],
    ]);
    expect(read.rows.filter((r) => r.areaCode === '3')).toHaveLength(DEFAULT_CATALOGUE.areas[2].criteria.length);
  });

  it('no area tab at all', () => {
    const read = readWorkbook({ tabs: [{ name: 'Trang tính1', values: [['']] }] });
    expect(read.problems.map((p) => p.message)).toEqual([
      'Không tìm thấy bảng lĩnh vực nào (bảng có hàng tiêu đề Mã · Tiêu chí · …). Chạy “Khởi tạo / cập nhật bảng theo dõi”.',
    ]);
  });
});

describe('helpers', () => {
  it('findHeaderRow: the layout row, a moved one, or none', () => {
    const grids = workbookGrids(DEFAULT_CATALOGUE);
    expect(findHeaderRow(grids.tabs[1].values)).toBe(AREA_ROWS.header);
    expect(findHeaderRow(grids.tabs[0].values)).toBeNull();
    expect(findHeaderRow([[''], [''], [''], [''], ...grids.tabs[1].values.slice(2)])).toBe(5);
  });

  it('kindFromLabel reads the labels, the short group label and the identifiers', () => {
    expect(kindFromLabel('Tỷ lệ a/b')).toBe('ratio');
    expect(kindFromLabel('có/không')).toBe('yesno');
    expect(kindFromLabel('Nhóm (tổng tiêu chí con)')).toBe('group');
    expect(kindFromLabel('Nhóm')).toBe('group');
    expect(kindFromLabel('checklist')).toBe('checklist');
    expect(kindFromLabel('Lĩnh vực')).toBe('area');
    expect(kindFromLabel('Phần trăm')).toBeNull();
  });

  it('parseAreaList reads what formatAreaList writes: code, title and maximum', () => {
    const areas = [...DEFAULT_CATALOGUE.areas, { code: '8', title: 'Lĩnh vực (thử) có ngoặc', maxPoints: 1.5 }];
    expect(formatAreaList(areas)).toContain('1: Công tác chỉ đạo, điều hành CCHC (14 điểm)');
    expect(formatAreaList(areas)).toContain('8: Lĩnh vực (thử) có ngoặc (1,5 điểm)');
    expect(parseAreaList(formatAreaList(areas))).toEqual(
      areas.map((a) => ({ code: a.code, title: a.title, max: Math.round(a.maxPoints * 1000) })),
    );
    expect(parseAreaList(' 8 ; ')).toEqual([{ code: '8', title: '', max: null }]);
    // A list written before maxima were listed still reads (no maximum).
    expect(parseAreaList('1: Công tác chỉ đạo; 2: Cải cách thể chế')).toEqual([
      { code: '1', title: 'Công tác chỉ đạo', max: null },
      { code: '2', title: 'Cải cách thể chế', max: null },
    ]);
  });

  it('readInfo finds fields by label wherever they are, first one wins', () => {
    const { info, rowOf } = readInfo({
      name: 'TT',
      values: [['x'], ['Năm đánh giá', 2024], ['Tên xã', 'Cao An'], ['Năm đánh giá', 1999]],
    });
    expect(info).toEqual({ year: 2024, commune: 'Cao An' });
    expect(rowOf.get('year')).toEqual({ sheet: 'TT', row: 2 });
  });
});

describe('unitTypeOf', () => {
  it('takes the unit type from Thông tin chung when the workbook has that row, else Xã', () => {
    expect(unitTypeOf({ commune: 'Cao An' })).toBe('Xã');
    expect(unitTypeOf({ commune: 'Cao An', unitType: ' Phường ' } as Info)).toBe('Phường');
    expect(unitTypeOf({ unitType: '' } as Info)).toBe('Xã');
  });
});
