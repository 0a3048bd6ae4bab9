import type { FakeGas } from '../fakes';
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import type { CatalogueSpec } from '../../src/core/catalog/types';
import {
  AREA_COLUMNS,
  AREA_ROWS,
  col,
  colNumber,
  INFO_SETUP_RECORD,
  INFO_FIELDS,
  LOG_COLUMNS,
  roleSpan,
  TAB_NAMES,
} from '../../src/core/layout';
import { SAMPLE_ASSIGNMENTS, SAMPLE_ENTRIES, SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import { KIND_LABELS, SETUP_TEXT } from '../../src/core/text';
import { setupMessage } from '../../src/sheets/setup/setup';
import { cellRules } from '../../src/core/validation';
import { computeScores } from '../../src/sheets/computeScores';
import {
  areaTabs,
  fillAssignments,
  fillEntries,
  fillInfo,
  inputCells,
  install,
  OFFICE,
  rowOf,
  setup,
  sheet,
  snapshot,
  writesToInputs,
} from './helpers';

let gas: FakeGas;
beforeEach(() => {
  gas = install();
});
afterEach(() => gas.uninstall());

const areaNames = DEFAULT_CATALOGUE.areas.map((a) => a.tabName);

describe('setup on an empty spreadsheet', () => {
  it('creates every tab with its header row, frozen rows and catalogue rows', () => {
    const result = setup(gas);
    const names = gas.spreadsheet.fakeSheets().map((s) => s.fakeName);
    for (const n of [TAB_NAMES.info, ...areaNames, TAB_NAMES.assignments, TAB_NAMES.summary, TAB_NAMES.log])
      expect(names).toContain(n);
    expect(result.createdTabs).toEqual(
      expect.arrayContaining([TAB_NAMES.info, ...areaNames, TAB_NAMES.assignments, TAB_NAMES.summary, TAB_NAMES.log]),
    );
    // Thông tin chung first, the areas after it in catalogue order; Phân công, Tổng hợp and Nhật ký last.
    const start = names.filter((n) => !result.createdTabs.includes(n));
    expect(names).toEqual([
      TAB_NAMES.info,
      ...areaNames,
      ...start,
      TAB_NAMES.assignments,
      TAB_NAMES.summary,
      TAB_NAMES.log,
    ]);
    expect(names.indexOf(TAB_NAMES.info)).toBeLessThan(names.indexOf(areaNames[0]));
    expect(areaNames.map((n) => names.indexOf(n))).toEqual(
      [...areaNames.map((n) => names.indexOf(n))].sort((a, b) => a - b),
    );

    for (const area of DEFAULT_CATALOGUE.areas) {
      const s = sheet(gas, area.tabName);
      const values = s.fakeValues();
      expect(values[AREA_ROWS.header - 1]).toEqual(AREA_COLUMNS.map((c) => c.header));
      expect(s.getFrozenRows()).toBe(AREA_ROWS.header);
      const codes = values.slice(AREA_ROWS.header).map((r) => r[0]);
      expect(codes).toEqual([area.code, ...area.criteria.map((c) => c.code)]);
      // Rules starting with "=" are kept as text, not turned into formulas.
      const r = rowOf(s, area.criteria[0].code);
      expect(values[r - 1][col('rule')]).toBe(area.criteria[0].rule);
    }
    expect(sheet(gas, TAB_NAMES.log).fakeValues()[0]).toEqual([...LOG_COLUMNS]);
    expect(writesToInputs(gas)).toEqual([]);
  });

  it('puts a note on every header cell and validation on input cells, keeping bad entries (allowInvalid)', () => {
    setup(gas);
    const s = sheet(gas, '1. Chỉ đạo điều hành');
    AREA_COLUMNS.forEach((c, i) => expect(s.fakeCell(AREA_ROWS.header, i + 1)?.note).toBe(c.note));

    const status = s.getRange(rowOf(s, '1.1.1'), colNumber('value')).getDataValidation()!;
    expect(String(status.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(status.getCriteriaValues()[0]).toEqual(['Kịp thời', 'Không kịp thời', 'Không ban hành']);
    expect(status.getAllowInvalid()).toBe(true);

    const ratioRow = rowOf(s, '1.1.2');
    for (const key of ['a', 'b'] as const) {
      const v = s.getRange(ratioRow, colNumber(key)).getDataValidation()!;
      expect(String(v.getCriteriaType())).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
      expect(v.getCriteriaValues()).toEqual([0]);
    }
    expect(s.getRange(ratioRow, colNumber('value')).getDataValidation()).toBeNull();
    expect(String(s.getRange(rowOf(s, '1.5'), colNumber('value')).getDataValidation()!.getCriteriaType())).toBe(
      'VALUE_IN_LIST',
    );
    // Không phát sinh only where the criterion allows it.
    expect(s.getRange(rowOf(s, '1.3.2'), colNumber('na')).getDataValidation()!.getCriteriaValues()[0]).toEqual(['x']);
    expect(s.getRange(rowOf(s, '1.3.1'), colNumber('na')).getDataValidation()).toBeNull();
    expect(String(s.getRange(ratioRow, colNumber('evidence')).getDataValidation()!.getCriteriaType())).toBe(
      'TEXT_IS_VALID_URL',
    );
    // Group rows get none.
    expect(s.getRange(rowOf(s, '1.1'), colNumber('value')).getDataValidation()).toBeNull();
  });

  it('gives every validated cell of every tab the help text of its kind (rules built from copies of others)', () => {
    setup(gas);
    const helpOf: Record<string, (criteria: unknown[]) => string> = {
      NUMBER_GREATER_THAN_OR_EQUAL_TO: () => SETUP_TEXT.helpWholeNumber,
      TEXT_IS_VALID_URL: () => SETUP_TEXT.helpEvidence,
      NUMBER_BETWEEN: (c) =>
        c[0] === 2000 ? SETUP_TEXT.helpYear : SETUP_TEXT.helpPoints(String(c[1]).replace('.', ',')),
    };
    const listHelp = (values: string[]) =>
      values.length === 1 && values[0] === 'x'
        ? SETUP_TEXT.helpNa
        : values.join() === 'Có,Không'
          ? SETUP_TEXT.helpYesNo
          : null;
    let seen = 0;
    for (const s of gas.spreadsheet.fakeSheets()) {
      const rules = s.getRange(1, 1, s.getMaxRows(), s.getMaxColumns()).getDataValidations().flat();
      for (const rule of rules) {
        if (!rule) continue;
        seen++;
        expect(rule.getAllowInvalid()).toBe(true);
        const type = String(rule.getCriteriaType());
        const criteria = rule.getCriteriaValues();
        if (type === 'VALUE_IN_LIST') {
          const values = criteria[0] as string[];
          const expected = listHelp(values);
          // Status lists share one text; the Thông tin chung drop-downs have their own.
          if (expected) expect(rule.getHelpText()).toBe(expected);
          else expect(rule.getHelpText()).toBeTruthy();
        } else {
          expect(rule.getHelpText()).toBe(helpOf[type](criteria));
        }
      }
    }
    expect(seen).toBeGreaterThan(100);
  });

  it("renders the core's rule of every input cell of every criterion row (src/core/validation.ts)", () => {
    setup(gas);
    const TYPE = {
      whole: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      list: 'VALUE_IN_LIST',
      points: 'NUMBER_BETWEEN',
      link: 'TEXT_IS_VALID_URL',
    } as const;
    let checked = 0;
    for (const area of DEFAULT_CATALOGUE.areas) {
      const s = sheet(gas, area.tabName);
      for (const c of area.criteria) {
        const rules = cellRules(c);
        for (const key of ['a', 'b', 'value', 'na', 'evidence', 'explanation', 'owner', 'appraisal'] as const) {
          const v = s.getRange(rowOf(s, c.code), colNumber(key)).getDataValidation();
          const rule = rules[key];
          // Sheets has no prompt-only or must-stay-empty rule: those cells stay free.
          if (!rule || rule.kind === 'checklist' || rule.kind === 'empty') expect(v).toBeNull();
          else {
            expect(String(v!.getCriteriaType())).toBe(TYPE[rule.kind]);
            if (rule.kind === 'list') expect(v!.getCriteriaValues()[0]).toEqual(rule.values);
            if (rule.kind === 'points') expect(v!.getCriteriaValues()).toEqual([0, rule.max]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('colours the Kiểm tra column: errors red, warnings amber', () => {
    setup(gas);
    const s = sheet(gas, '3. Cải cách TTHC');
    const rules = s.getConditionalFormatRules();
    const texts = rules.map((r) => String(r.getBooleanCondition()!.getCriteriaValues()[0]));
    expect(texts).toEqual(['Lỗi', 'Cảnh báo']);
    for (const r of rules) {
      expect(String(r.getBooleanCondition()!.getCriteriaType())).toBe('TEXT_STARTS_WITH');
      expect(r.getRanges().map((x) => x.getColumn())).toEqual([colNumber('check')]);
      expect(r.getRanges()[0].getRow()).toBe(AREA_ROWS.header + 1);
    }
  });

  it('protects each area tab with one tab-wide protection leaving out what officials write; their inputs are limited to the area officials once Phân công is filled', () => {
    setup(gas);
    const name = '6. Tài chính công';
    const s = sheet(gas, name);
    const input = roleSpan('input');
    const computed = roleSpan('computed');
    const tabWide = () => s.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    expect(tabWide().map((p) => p.getDescription())).toEqual([SETUP_TEXT.protectSheet(name)]);
    // Nobody listed: inputs open, computed columns only warn (anyone may run Tính điểm).
    const block = (r: GoogleAppsScript.Spreadsheet.Range) => [r.getRow(), r.getColumn(), r.getNumColumns()];
    expect(tabWide()[0].getUnprotectedRanges().map(block)).toEqual([
      [AREA_ROWS.header + 1, input.first, input.count + computed.count],
    ]);
    const ranges = () => s.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect(ranges().map((p) => [p.getDescription(), p.isWarningOnly()])).toEqual([[SETUP_TEXT.protectComputed, true]]);
    expect(setupMessage(setup(gas))).toContain(
      SETUP_TEXT.unprotectedInputs(['1', '2', '3', '4', '5', '6', '7']).slice(0, 40),
    );

    fillAssignments(gas, SAMPLE_ASSIGNMENTS);
    setup(gas);
    const byDesc = new Map([...ranges(), ...tabWide()].map((p) => [p.getDescription(), p]));
    const editors = (d: string) =>
      byDesc
        .get(d)!
        .getEditors()
        .map((u) => u.getEmail())
        .sort();
    expect(editors(SETUP_TEXT.protectInputs('6'))).toEqual([OFFICE, 'taichinh.caoan@example.gov.vn'].sort());
    // Catalogue, header, appraisal and giải trình (outside its step): the tab-wide protection, the office only.
    expect(editors(SETUP_TEXT.protectSheet(name))).toEqual([OFFICE]);
    expect(tabWide()[0].isWarningOnly()).toBe(false);
    const everyone = [
      ...new Set(Object.values(SAMPLE_ASSIGNMENTS).flatMap((a) => a.emails.split(',').map((e) => e.trim()))),
    ];
    expect(editors(SETUP_TEXT.protectComputed)).toEqual([OFFICE, ...everyone].sort());
    const range = byDesc.get(SETUP_TEXT.protectInputs('6'))!.getRange();
    expect([range.getRow(), range.getColumn(), range.getNumColumns()]).toEqual([
      AREA_ROWS.header + 1,
      input.first,
      input.count,
    ]);
    // Old protections are replaced, not stacked.
    expect(ranges()).toHaveLength(2);
    expect(tabWide()).toHaveLength(1);
    // Tổng hợp and Nhật ký: written by whoever presses Tính điểm.
    const log = sheet(gas, TAB_NAMES.log).getProtections(SpreadsheetApp.ProtectionType.SHEET);
    expect(log).toHaveLength(1);
    expect(
      log[0]
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual([OFFICE, ...everyone].sort());
  });

  it('an official who already edits the file is not let into the office’s cells (a new protection mirrors the file until its editors change)', () => {
    gas.uninstall();
    const official = 'tuphap.caoan@example.gov.vn';
    gas = install({ editorEmails: [official] });
    gas.calls.reset();
    setup(gas);
    // What a new protection starts with is read once per run, not once per protection.
    expect(gas.calls.count('Protection.getEditors')).toBe(1);
    const s = sheet(gas, '2. Cải cách thể chế');
    const row = AREA_ROWS.header + 1;
    gas.runAs(
      'official',
      () => {
        expect(() => s.getRange(row, colNumber('title')).setValue('sửa')).toThrow(/protected cell/);
        expect(() => s.getRange(row, colNumber('a')).setValue(3)).not.toThrow(); // nobody listed: inputs open
        expect(() => sheet(gas, TAB_NAMES.info).getRange(1, 2).setValue('x')).toThrow(/protected cell/);
      },
      { user: official },
    );
  });

  it('reports e-mails in Phân công it cannot use', () => {
    setup(gas);
    fillAssignments(gas, { '2': { emails: 'tuphap.caoan@example.gov.vn; tu phap' } });
    const result = setup(gas);
    expect(result.notes).toContain(SETUP_TEXT.invalidEmails(['tu', 'phap']));
    const s2 = sheet(gas, '2. Cải cách thể chế');
    const inputs = s2
      .getProtections(SpreadsheetApp.ProtectionType.RANGE)
      .find((p) => p.getDescription() === SETUP_TEXT.protectInputs('2'))!;
    expect(
      inputs
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual([OFFICE, 'tuphap.caoan@example.gov.vn'].sort());
  });

  it('makes every protection warning-only when the office chose so', () => {
    setup(gas, DEFAULT_CATALOGUE, 'warning');
    const all = gas.spreadsheet
      .fakeSheets()
      .flatMap((s) => [
        ...s.getProtections(SpreadsheetApp.ProtectionType.RANGE),
        ...s.getProtections(SpreadsheetApp.ProtectionType.SHEET),
      ]);
    expect(all.length).toBeGreaterThan(10);
    expect(all.every((p) => p.isWarningOnly())).toBe(true);
  });
});

describe('the protection mode row of Thông tin chung', () => {
  const label = INFO_FIELDS.find((f) => f.key === 'protectionMode')!.label;
  const modeRow = () =>
    sheet(gas, TAB_NAMES.info)
      .fakeValues()
      .findIndex((r) => r[0] === label) + 1;

  it('is created with the default and a drop-down of the three choices (another text is kept)', () => {
    setup(gas);
    const info = sheet(gas, TAB_NAMES.info);
    const r = modeRow();
    expect(r).toBeGreaterThan(0);
    expect(info.fakeValues()[r - 1][1]).toBe(SETUP_TEXT.protectionModes.shared);
    const rule = info.getRange(r, 2).getDataValidation()!;
    expect(rule.getCriteriaValues()[0]).toEqual(Object.values(SETUP_TEXT.protectionModes));
    expect(rule.getAllowInvalid()).toBe(true);
  });

  it('is appended with the default to a Thông tin chung made before it existed, with nothing else changed', () => {
    setup(gas);
    fillInfo(gas, SAMPLE_INFO);
    const info = sheet(gas, TAB_NAMES.info);
    gas.inspect(() => info.deleteRow(modeRow()));
    const before = info.fakeValues().map((r) => [...r]);
    const result = setup(gas);
    const after = info.fakeValues();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[before.length].slice(0, 2)).toEqual([label, SETUP_TEXT.protectionModes.shared]);
    expect(
      info
        .getRange(before.length + 1, 2)
        .getDataValidation()!
        .getCriteriaValues()[0],
    ).toEqual(Object.values(SETUP_TEXT.protectionModes));
    expect(result.notes).not.toContain(SETUP_TEXT.officeOnly);
  });
});

describe('Loại đơn vị in Thông tin chung (two-tier government)', () => {
  const rowOfLabel = (label: string) =>
    sheet(gas, TAB_NAMES.info)
      .fakeValues()
      .findIndex((r) => r[0] === label) + 1;

  it('is created with a drop-down Xã / Phường / Đặc khu that keeps another text', () => {
    setup(gas);
    const rule = sheet(gas, TAB_NAMES.info).getRange(rowOfLabel('Loại đơn vị'), 2).getDataValidation()!;
    expect(rule.getCriteriaValues()[0]).toEqual(['Xã', 'Phường', 'Đặc khu']);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rowOfLabel('Huyện')).toBe(0);
  });

  it('is appended to a tab with the old Tên xã / Huyện / Tỉnh rows, which stay as typed and are not doubled', () => {
    setup(gas);
    fillInfo(gas, SAMPLE_INFO);
    const info = sheet(gas, TAB_NAMES.info);
    gas.inspect(() => {
      info.deleteRow(rowOfLabel('Loại đơn vị'));
      info.getRange(rowOfLabel('Tên đơn vị'), 1).setValue('Tên xã');
      info.getRange(rowOfLabel('Tỉnh / thành phố'), 1).setValue('Tỉnh');
      info.insertRowAfter(rowOfLabel('Tên xã'));
      info.getRange(rowOfLabel('Tên xã') + 1, 1, 1, 2).setValues([['Huyện', 'Cẩm Giàng']]);
    });
    const before = info.fakeValues().map((r) => [...r]);
    setup(gas);
    const after = info.fakeValues();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((r) => r[0])).toEqual(['Loại đơn vị']);
    expect(
      info
        .getRange(before.length + 1, 2)
        .getDataValidation()!
        .getCriteriaValues()[0],
    ).toEqual(['Xã', 'Phường', 'Đặc khu']);
  });
});

describe('setup again', () => {
  it('changes nothing on a second run (every cell compared) and writes no cell content', () => {
    setup(gas);
    const before = snapshot(gas);
    gas.writes.reset();
    const result = setup(gas);
    expect(snapshot(gas)).toEqual(before);
    expect(result.added).toEqual([]);
    expect(result.updated).toEqual([]);
    expect(result.retired).toEqual([]);
    expect(result.createdTabs).toEqual([]);
    for (const n of areaNames) expect(gas.writes.filter({ sheet: n, kinds: ['content'] })).toEqual([]);
    expect(setupMessage(result)).toContain(SETUP_TEXT.nothingChanged);
  });

  it('keeps every entry after officials filled and reordered rows and added their own rows', () => {
    setup(gas);
    fillEntries(gas, SAMPLE_ENTRIES);
    fillInfo(gas, SAMPLE_INFO);
    // Officials sort area 3 backwards and add a note row without a code.
    const s = sheet(gas, '3. Cải cách TTHC');
    const values = s.fakeValues();
    const body = values.slice(AREA_ROWS.header).reverse();
    s.fakeSeed(body, AREA_ROWS.header + 1);
    s.fakeSeed([['', 'Ghi chú của công chức: số liệu quý IV', '', '', '', '', '', 5]], values.length + 1);
    const inputsBefore = inputCells(gas);
    const before = snapshot(gas);
    gas.writes.reset();

    const result = setup(gas);
    expect(inputCells(gas)).toEqual(inputsBefore);
    expect(writesToInputs(gas)).toEqual([]);
    expect(result.added).toEqual([]);
    expect(result.retired).toEqual([]);
    // Officials' info (commune, year…) is kept too; only setup's own record of what it applied (a hidden
    // cell) changed, as area 3's rows did.
    const withoutRecord = (grid: unknown[][]) =>
      grid.map((row, i) =>
        row.map((v, j) => (i === INFO_SETUP_RECORD.row - 1 && j === INFO_SETUP_RECORD.column - 1 ? '' : v)),
      );
    expect(withoutRecord(snapshot(gas)[TAB_NAMES.info])).toEqual(withoutRecord(before[TAB_NAMES.info]));
    expect(snapshot(gas)['3. Cải cách TTHC']).toEqual(before['3. Cải cách TTHC']);
  });

  it('upgrades to a catalogue with one criterion added and one removed without losing an entry', () => {
    setup(gas);
    fillEntries(gas, SAMPLE_ENTRIES);
    const inputsBefore = inputCells(gas);
    const next: CatalogueSpec = structuredClone(DEFAULT_CATALOGUE);
    const area3 = next.areas.find((a) => a.code === '3')!;
    area3.criteria.push({
      code: '3.10',
      title: 'Tỷ lệ hồ sơ TTHC được số hóa',
      maxPoints: 1,
      kind: 'ratio',
      rule: '≥ 80%: 1; còn lại: 0',
    });
    area3.maxPoints += 1;
    const area7 = next.areas.find((a) => a.code === '7')!;
    const removed = area7.criteria.find((c) => c.code === '7.8')!;
    area7.criteria = area7.criteria.filter((c) => c.code !== '7.8');
    area7.maxPoints -= removed.maxPoints;
    gas.writes.reset();

    const result = setup(gas, next);
    expect(result.added).toEqual(['3.10']);
    expect(result.retired).toEqual(['7.8']);
    expect(writesToInputs(gas)).toEqual([]);
    const after = inputCells(gas);
    for (const [key, cells] of inputsBefore) expect(after.get(key)).toEqual(cells);

    const s3 = sheet(gas, '3. Cải cách TTHC');
    const values3 = s3.fakeValues();
    expect(values3[values3.length - 1][0]).toBe('3.10'); // appended at the end of its tab
    expect(values3[values3.length - 1][col('rule')]).toBe('≥ 80%: 1; còn lại: 0');
    expect(values3[AREA_ROWS.header][col('maxPoints')]).toBe(area3.maxPoints);
    const s7 = sheet(gas, '7. Chính quyền số');
    const r78 = rowOf(s7, '7.8');
    expect(r78).toBeGreaterThan(0);
    expect(s7.fakeValues()[r78 - 1][col('kind')]).toBe(KIND_LABELS.retired);
    expect(s7.fakeValues()[r78 - 1][col('value')]).toBe(SAMPLE_ENTRIES['7.8'].value);
    const message = setupMessage(result);
    expect(message).toContain('3.10');
    expect(message).toContain('7.8');

    // Running the new catalogue again is a no-op.
    const again = setup(gas, next);
    expect([again.added, again.retired, again.updated]).toEqual([[], [], []]);

    // Tính điểm: the retired row is kept out of the score, the new one waits for its data.
    const { result: scored } = computeScores();
    expect(scored.criteria.find((c) => c.code === '7.8')).toMatchObject({
      status: 'retired',
      points: 0,
      applicableMax: 0,
    });
    expect(scored.areas.find((a) => a.code === '7')!.max).toBe(area7.maxPoints * 1000);
    expect(scored.criteria.find((c) => c.code === '3.10')!.status).toBe('unscored');
    expect(scored.problems.some((p) => p.code === '3.10' && p.severity === 'error')).toBe(true);
  });

  it('finds a renamed area tab by its header row and does not create it again', () => {
    setup(gas);
    fillEntries(gas, SAMPLE_ENTRIES);
    sheet(gas, '3. Cải cách TTHC').setName('TTHC của xã');
    const count = gas.spreadsheet.getNumSheets();
    const result = setup(gas);
    expect(gas.spreadsheet.getNumSheets()).toBe(count);
    expect(gas.spreadsheet.getSheetByName('3. Cải cách TTHC')).toBeNull();
    expect(result.createdTabs).toEqual([]);
    expect(result.added).toEqual([]);
    expect(areaTabs(gas).map((t) => t.name)).toContain('TTHC của xã');
  });

  it('recreates a deleted area tab and leaves a damaged one alone, saying so', () => {
    setup(gas);
    gas.spreadsheet.deleteSheet(sheet(gas, '5. Chế độ công vụ'));
    const damaged = sheet(gas, '4. Tổ chức bộ máy');
    damaged.fakeSeed([['Mã', 'Tiêu chí', 'Cột chèn thêm']], AREA_ROWS.header);
    const before = damaged.fakeValues();
    const result = setup(gas);
    expect(result.createdTabs).toEqual(['5. Chế độ công vụ']);
    expect(damaged.fakeValues()).toEqual(before);
    expect(result.notes).toContain(SETUP_TEXT.damagedTab('4. Tổ chức bộ máy'));
  });

  it('leaves an office’s own tab named Tổng hợp unprotected and unwritten, and says how to fix it', () => {
    const own = [
      ['', ''],
      ['', 'Tổng hợp của văn phòng'],
    ];
    gas.spreadsheet.fakeAddSheet(TAB_NAMES.summary).fakeSeed(own);
    for (let run = 0; run < 2; run++) {
      const result = setup(gas);
      expect(result.notes).toContain(SETUP_TEXT.resultTabNotOurs(TAB_NAMES.summary));
      const s = sheet(gas, TAB_NAMES.summary);
      expect(s.fakeValues()).toEqual(own);
      expect(s.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toEqual([]);
    }
    // Nhật ký, made by setup, is protected as usual.
    expect(sheet(gas, TAB_NAMES.log).getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
  });

  it('makes deleted Tổng hợp and Nhật ký again after the office’s own tabs, last, in that order', () => {
    setup(gas);
    gas.spreadsheet.deleteSheet(sheet(gas, TAB_NAMES.summary));
    gas.spreadsheet.deleteSheet(sheet(gas, TAB_NAMES.log));
    gas.spreadsheet.insertSheet('Ghi chú của văn phòng', gas.spreadsheet.fakeSheets().length);
    gas.calls.reset();
    expect(setup(gas).createdTabs).toEqual([TAB_NAMES.summary, TAB_NAMES.log]);
    expect(
      gas.spreadsheet
        .fakeSheets()
        .map((s) => s.fakeName)
        .slice(-3),
    ).toEqual(['Ghi chú của văn phòng', TAB_NAMES.summary, TAB_NAMES.log]);
    // Where "last" is comes from the tabs setup read, not from asking again.
    expect(gas.calls.count('Spreadsheet.getNumSheets')).toBe(0);
  });
});

describe('an area gone from the catalogue', () => {
  it('keeps its tab and data, retires its criteria and says so', () => {
    setup(gas);
    fillEntries(gas, SAMPLE_ENTRIES);
    const next: CatalogueSpec = structuredClone(DEFAULT_CATALOGUE);
    next.areas = next.areas.filter((a) => a.code !== '6');
    const result = setup(gas, next);
    const s6 = sheet(gas, '6. Tài chính công');
    const values = s6.fakeValues();
    expect(values[rowOf(s6, '6') - 1][col('kind')]).toBe('Lĩnh vực');
    expect(values[rowOf(s6, '6.1') - 1][col('kind')]).toBe(KIND_LABELS.retired);
    expect(values[rowOf(s6, '6.1') - 1][col('value')]).toBe(SAMPLE_ENTRIES['6.1'].value);
    expect(result.retired).toEqual(['6.1', '6.2', '6.3', '6.4']);
    expect(result.notes).toContain(SETUP_TEXT.areaNotInCatalogue('6. Tài chính công'));
  });
});
