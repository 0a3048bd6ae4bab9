import {
  createFakeGas,
  FakeEmbeddedChart,
  FakeRange,
  FakeSheet,
  installFakeGlobals,
  menuFunctionNames,
  NotImplementedInFake,
  type FakeGas,
} from './index';
import { parseA1, r1c1ToA1 } from './a1';
import { formatDate } from './datefmt';

let gas: FakeGas;

beforeEach(() => {
  gas = installFakeGlobals(globalThis);
});
afterEach(() => {
  gas.uninstall();
});

function tab(name = 'Lĩnh vực 1'): FakeSheet {
  return gas.spreadsheet.fakeAddSheet(name);
}

describe('installFakeGlobals', () => {
  it('installs the services as globals and removes them again', () => {
    expect(SpreadsheetApp.getActive()).toBe(gas.spreadsheet);
    expect(typeof DocumentApp.create).toBe('function');
    expect(typeof HtmlService.createHtmlOutput).toBe('function');
    expect(typeof LockService.getDocumentLock).toBe('function');
    expect(typeof PropertiesService.getDocumentProperties).toBe('function');
    expect(typeof Session.getActiveUser).toBe('function');
    expect(typeof Utilities.formatDate).toBe('function');
    expect(typeof Logger.log).toBe('function');
    expect(ScriptApp.AuthMode.NONE).toBe('NONE');
    gas.uninstall();
    expect('SpreadsheetApp' in globalThis).toBe(false);
    gas = installFakeGlobals(globalThis);
  });

  it('exposes real enum objects through the services', () => {
    expect(SpreadsheetApp.ProtectionType.SHEET).toBe('SHEET');
    expect(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST).toBe('VALUE_IN_LIST');
    expect(DocumentApp.ParagraphHeading.HEADING1).toBe('HEADING1');
    expect(DocumentApp.HorizontalAlignment.CENTER).toBe('CENTER');
    expect(DocumentApp.Attribute.BOLD).toBe('BOLD');
    expect(HtmlService.SandboxMode.IFRAME).toBe('IFRAME');
    expect(SpreadsheetApp.getUi().ButtonSet.YES_NO).toBe('YES_NO');
    expect(Charts.ChartType.COLUMN).toBe('COLUMN');
  });

  it('throws "not implemented in fake" for members the fakes do not implement', () => {
    const range = tab().getRange(1, 1);
    expect(() => range.createFilter()).toThrow(NotImplementedInFake);
    expect(() => range.createFilter()).toThrow('not implemented in fake: Range.createFilter');
    expect(() => SpreadsheetApp.newRichTextValue()).toThrow('not implemented in fake: SpreadsheetApp.newRichTextValue');
  });
});

describe('inside a node:vm context', () => {
  it('hands out Dates and Errors of the context realm', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const vm = require('node:vm') as typeof import('node:vm');
    const ctx = vm.createContext({});
    const g = installFakeGlobals(ctx);
    const out = vm.runInContext(
      `const r = SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1);
       r.setValue(new Date(0));
       let err;
       try { r.offset(0, 0, 2, 1).setValues([[1]]); } catch (e) { err = e; }
       [r.getValue() instanceof Date, r.getValues()[0][0] instanceof Date, err instanceof Error, String(err).slice(0, 41), typeof console.log]`,
      ctx,
    );
    expect(Array.from(out)).toEqual([true, true, true, 'Exception: The number of rows in the data', 'function']);
    g.uninstall();
  });
});

describe('Range: 1-based coordinates and values', () => {
  it('is 1-based and reports its geometry and A1 notation', () => {
    const s = tab();
    const r = s.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 4, 5]);
    expect(r.getA1Notation()).toBe('C2:G5');
    expect(r.getLastRow()).toBe(5);
    expect(r.getLastColumn()).toBe(7);
    expect(s.getRange('B2:D9').getA1Notation()).toBe('B2:D9');
    expect(s.getRange('A1').getNumRows()).toBe(1);
    expect(s.getRange('C:D').getNumRows()).toBe(1000);
    expect(s.getRange(1, 1).getA1Notation()).toBe('A1');
  });

  it('rejects coordinates like the real service', () => {
    const s = tab();
    expect(() => s.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => s.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => s.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => s.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => s.getRange(1, 27)).toThrow('outside the dimensions');
    expect(() => s.getRange('not a range')).toThrow('Range not found');
  });

  it("returns '' for empty cells and values as stored", () => {
    const s = tab();
    const when = new Date(Date.UTC(2023, 5, 30, 3, 0, 0));
    s.getRange(1, 1, 2, 3).setValues([
      ['1.1', 42, true],
      [when, '', null],
    ]);
    const v = s.getRange(1, 1, 3, 3).getValues();
    expect(v).toEqual([
      ['1.1', 42, true],
      [when, '', ''],
      ['', '', ''],
    ]);
    expect(v[1][0]).toBeInstanceOf(Date);
    expect(s.getRange('A1').getValue()).toBe('1.1');
  });

  it('getValues returns a copy', () => {
    const s = tab();
    s.getRange(1, 1).setValue(new Date(0));
    const v1 = s.getRange(1, 1, 1, 2).getValues();
    v1[0][1] = 'changed';
    (v1[0][0] as Date).setFullYear(1999);
    const v2 = s.getRange(1, 1, 1, 2).getValues();
    expect(v2[0][1]).toBe('');
    expect((v2[0][0] as Date).getTime()).toBe(0);
    expect(v2).not.toBe(v1);
  });

  it('setValues throws the real messages on a size mismatch', () => {
    const r = tab().getRange(1, 1, 2, 3);
    expect(() => r.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      r.setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(() => r.setValues([1, 2, 3] as unknown as unknown[][])).toThrow("don't match the method signature");
    try {
      r.setValues([]);
    } catch (e) {
      expect(String(e)).toMatch(/^Exception: The number of rows/);
    }
    expect(gas.writes.length).toBe(0);
  });

  it('stores formulas; getValues reports the preset computed value', () => {
    const s = tab();
    s.getRange(1, 1, 1, 2).setFormulas([['=B2/C2', '']]);
    expect(s.getRange(1, 1, 1, 2).getFormulas()).toEqual([['=B2/C2', '']]);
    expect(s.getRange(1, 1).getValue()).toBe('');
    s.fakeSetComputed(1, 1, '#DIV/0!');
    expect(s.getRange(1, 1).getValue()).toBe('#DIV/0!');
    expect(s.getRange(1, 1).getFormula()).toBe('=B2/C2');
    s.getRange(2, 1).setValue('=SUM(A1:A1)');
    expect(s.getRange(2, 1).getFormula()).toBe('=SUM(A1:A1)');
    s.getRange(3, 2).setFormulaR1C1('=R[-1]C[-1]*2');
    expect(s.getRange(3, 2).getFormula()).toBe('=A2*2');
    expect(s.getLastRow()).toBe(3);
  });

  it('offset, getCell, getDataRange, getLastRow/Column', () => {
    const s = tab();
    expect(s.getLastRow()).toBe(0);
    expect(s.getDataRange().getA1Notation()).toBe('A1');
    s.getRange('B2:C3').setValues([
      [1, 2],
      [3, 4],
    ]);
    expect(s.getLastRow()).toBe(3);
    expect(s.getLastColumn()).toBe(3);
    expect(s.getDataRange().getA1Notation()).toBe('A1:C3');
    const r = s.getRange('B2:C3');
    r.getCell(2, 1).activate();
    expect(gas.spreadsheet.fakeActiveRange()).toBe("'Lĩnh vực 1'!B3");
    expect(SpreadsheetApp.getActiveSheet()).toBe(s);
    expect(SpreadsheetApp.getActiveRange().getA1Notation()).toBe('B3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(r.offset(0, 0, 1, 1).getValue()).toBe(1);
    expect(r.getCell(2, 2).getValue()).toBe(4);
  });

  it('notes, number formats, fonts, backgrounds, validations, merges', () => {
    const s = tab();
    const r = s.getRange('A1:B2');
    r.setNotes([
      ['a', null],
      ['', 'd'],
    ]);
    expect(r.getNotes()).toEqual([
      ['a', ''],
      ['', 'd'],
    ]);
    r.setNumberFormat('0.0%')
      .setFontWeight('bold')
      .setBackground('#fce8e6')
      .setWrap(true)
      .setHorizontalAlignment('center');
    expect(r.getNumberFormats()).toEqual([
      ['0.0%', '0.0%'],
      ['0.0%', '0.0%'],
    ]);
    expect(r.getFontWeight()).toBe('bold');
    expect(r.getBackground()).toBe('#fce8e6');
    expect(s.getRange('C1').getBackground()).toBe('#ffffff');
    expect(r.getWrap()).toBe(true);
    expect(r.getHorizontalAlignment()).toBe('center');
    s.getRange('A1').setValue(0.924);
    expect(s.getRange('A1').getDisplayValue()).toBe('92,4%'); // vi_VN separators
    s.getRange('B1').setValue(1234.5).setNumberFormat('#,##0.00');
    expect(s.getRange('B1').getDisplayValue()).toBe('1.234,50');
    SpreadsheetApp.getActive().setSpreadsheetLocale('en_US');
    expect(s.getRange('B1').getDisplayValue()).toBe('1,234.50');

    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Đạt', 'Không đạt'], true)
      .setAllowInvalid(false)
      .setHelpText('Chọn trong danh sách')
      .build();
    s.getRange('C2:C5').setDataValidation(rule);
    const got = s.getRange('C3').getDataValidation();
    expect(got?.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(got?.getCriteriaValues()).toEqual([['Đạt', 'Không đạt'], true]);
    expect(got?.getAllowInvalid()).toBe(false);
    expect(got?.getHelpText()).toBe('Chọn trong danh sách');
    expect(s.getRange('C1').getDataValidation()).toBeNull();
    s.getRange('C2:C5').clearDataValidations();
    expect(s.getRange('C3').getDataValidation()).toBeNull();

    s.getRange('A5:C5').merge();
    expect(s.getRange('B5').isPartOfMerge()).toBe(true);
    expect(
      s
        .getRange('A1:D9')
        .getMergedRanges()
        .map((m) => m.getA1Notation()),
    ).toEqual(['A5:C5']);
    s.getRange('A5:C5').breakApart();
    expect(s.getRange('B5').isPartOfMerge()).toBe(false);
  });
});

describe('strings written are parsed as if typed', () => {
  let tabs = 0;
  const write = (texts: string[], format?: string) => {
    const r = tab(`T${++tabs}`).getRange(1, 1, 1, texts.length);
    if (format) r.setNumberFormat(format);
    r.setValues([texts]);
    return r.getValues()[0];
  };

  it('vi_VN: numbers, percentages, dates at midnight in the spreadsheet zone, booleans; other text stays', () => {
    gas.spreadsheet.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
    const v = write([
      '87,80%',
      '1.234,5',
      '15/01/2023',
      'TRUE',
      'false',
      '-3',
      '1.10',
      '3.5',
      'Có',
      '31/02/2023',
      '12',
    ]);
    expect(v.slice(0, 3)).toEqual([0.878, 1234.5, new Date('2023-01-14T17:00:00Z')]);
    expect(v.slice(3)).toEqual([true, false, -3, '1.10', '3.5', 'Có', '31/02/2023', 12]);
  });

  it('en_US: the same texts read with the US separators and month first', () => {
    gas.spreadsheet.setSpreadsheetLocale('en_US');
    gas.spreadsheet.setSpreadsheetTimeZone('America/New_York');
    const v = write(['87.80%', '1,234.5', '01/15/2023', '1.10', '15/01/2023', '87,80%']);
    expect(v).toEqual([0.878, 1234.5, new Date('2023-01-15T05:00:00Z'), 1.1, '15/01/2023', '87,80%']);
  });

  it("a leading apostrophe keeps the text and is hidden; a plain-text ('@') cell keeps every string as written", () => {
    expect(write(["'1.10", "'15/01/2023", "'TRUE"])).toEqual(['1.10', '15/01/2023', 'TRUE']);
    expect(write(['87,80%', '12', 'TRUE', '15/01/2023'], '@')).toEqual(['87,80%', '12', 'TRUE', '15/01/2023']);
    const cell = tab('B').getRange('A1');
    cell.setValue('12');
    expect(cell.getValue()).toBe(12);
  });
});

describe('Sheet and Spreadsheet', () => {
  it('insertSheet throws on a duplicate name like the real service', () => {
    const ss = SpreadsheetApp.getActive();
    const s = ss.insertSheet('Tổng hợp');
    expect(ss.getActiveSheet()).toBe(s);
    expect(() => ss.insertSheet('Tổng hợp')).toThrow(
      'A sheet with the name "Tổng hợp" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('Tổng hợp')).toBe(s);
    expect(ss.getSheetByName('Không có')).toBeNull();
    expect(s.getIndex()).toBe(2);
    const first = ss.insertSheet('Thông tin chung', 0);
    expect(first.getIndex()).toBe(1);
    expect(ss.getSheets().map((x) => x.getName())).toEqual(['Thông tin chung', 'Trang tính1', 'Tổng hợp']);
    expect(() => s.setName('Thông tin chung')).toThrow('already exists');
    ss.deleteSheet(first);
    expect(ss.getSheets()).toHaveLength(2);
    expect(() => first.getRange(1, 1)).toThrow();
    expect(ss.getRange("'Tổng hợp'!B2").getSheet()).toBe(s);
  });

  it('insertSheet with a template copies its data: cells, formats, notes, validation, sizes, frozen rows, colours', () => {
    const ss = SpreadsheetApp.getActive();
    const t = ss.insertSheet('Mẫu');
    t.getRange('A1:B2')
      .setNumberFormat('@')
      .setValues([
        ['1.10', 'x'],
        ['2', 'y'],
      ]);
    t.getRange('A1').setNote('ghi chú').setFontWeight('bold');
    t.getRange('B2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Có']).build());
    t.setColumnWidths(1, 2, 150);
    t.setFrozenRows(1);
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenTextStartsWith('Lỗi')
      .setBackground('#f4cccc')
      .setRanges([t.getRange('B1:B9')])
      .build();
    t.setConditionalFormatRules([rule]);
    gas.calls.reset();
    const c = ss.insertSheet('Bản sao', 0, { template: t });
    expect(gas.calls.total()).toBe(1);
    expect(c.getIndex()).toBe(1);
    expect(c.getRange('A1:B2').getValues()).toEqual([
      ['1.10', 'x'],
      ['2', 'y'],
    ]);
    expect(c.getRange('A1').getNumberFormat()).toBe('@');
    expect(c.getRange('A1').getNote()).toBe('ghi chú');
    expect(c.getRange('A1').getFontWeight()).toBe('bold');
    expect(c.getRange('B2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['Có']);
    expect([c.getColumnWidth(1), c.getColumnWidth(2), c.getFrozenRows()]).toEqual([150, 150, 1]);
    const copied = c.getConditionalFormatRules();
    expect(copied.map((r) => r.getRanges().map((x) => [x.getSheet().getName(), x.getA1Notation()]))).toEqual([
      [['Bản sao', 'B1:B9']],
    ]);
    // A copy, not a view: changing it leaves the template as it was.
    c.getRange('A1').setValue('khác');
    expect(t.getRange('A1').getValue()).toBe('1.10');
    const other = createFakeGas().spreadsheet.getSheets()[0];
    expect(() => ss.insertSheet('Lạ', { template: other })).toThrow();
  });

  it('Spreadsheet.getSheetValues reads the active sheet, as one call', () => {
    const ss = SpreadsheetApp.getActive();
    const a = ss.insertSheet('A');
    a.getRange(2, 1, 1, 2).setValues([[1, 'x']]);
    const b = ss.insertSheet('B');
    b.getRange(2, 1, 1, 2).setValues([[2, 'y']]);
    ss.setActiveSheet(a);
    gas.calls.reset();
    expect(ss.getSheetValues(2, 1, 1, 3)).toEqual([[1, 'x', '']]);
    expect(gas.calls.total()).toBe(1);
    ss.setActiveSheet(b);
    expect(ss.getSheetValues(2, 1, 1, 2)).toEqual([[2, 'y']]);
  });

  it('an edit event carries e.value and e.oldValue as strings for one typed cell only, and the edited sheet is active', () => {
    const ss = SpreadsheetApp.getActive();
    const a = ss.insertSheet('A');
    ss.insertSheet('B');
    a.getRange(3, 2).setValue(12);
    const typed = gas.editEvent(a, 3, 2, 1, 1, { oldValue: 7 });
    expect([typed.value, typed.oldValue]).toEqual(['12', '7']);
    expect(ss.getActiveSheet()).toBe(a);
    a.getRange(3, 2).setValue(true);
    expect(gas.editEvent(a, 3, 2).value).toBe('TRUE');
    a.getRange(3, 2).setValue('');
    const cleared = gas.editEvent(a, 3, 2, 1, 1, { oldValue: 'x' });
    expect('value' in cleared).toBe(false);
    expect(cleared.oldValue).toBe('x');
    const pasted = gas.editEvent(a, 3, 2, 1, 1, { pasted: true, oldValue: 'x' });
    expect('value' in pasted || 'oldValue' in pasted).toBe(false);
    const block = gas.editEvent(a, 3, 2, 2, 2);
    expect('value' in block).toBe(false);
  });

  it('insert and delete rows move the cells below', () => {
    const s = tab();
    s.getRange('A1:A4').setValues([['1'], ['2'], ['3'], ['4']]);
    s.getRange('A3').setNote('n3');
    s.insertRowsAfter(1, 2);
    // Strings are parsed as if typed (see 'strings written are parsed as if typed'): '1' is stored as 1.
    expect(s.getRange('A1:A6').getValues().flat()).toEqual([1, '', '', 2, 3, 4]);
    expect(s.getRange('A5').getNote()).toBe('n3');
    expect(s.getMaxRows()).toBe(1002);
    s.deleteRows(2, 2);
    expect(s.getRange('A1:A4').getValues().flat()).toEqual([1, 2, 3, 4]);
    s.deleteRow(1);
    expect(s.getRange('A1').getValue()).toBe(2);
    s.appendRow(['5', 6]);
    expect(s.getRange('A4:B4').getValues()).toEqual([[5, 6]]);
    s.insertColumnsAfter(1, 1);
    expect(s.getRange('C4').getValue()).toBe(6);
  });

  it('frozen rows, column widths, tab colour, hide/show, conditional formats, charts', () => {
    const s = tab();
    s.setFrozenRows(2);
    expect(s.getFrozenRows()).toBe(2);
    s.setColumnWidths(2, 3, 240);
    expect(s.getColumnWidth(3)).toBe(240);
    expect(s.getColumnWidth(9)).toBe(100);
    s.setTabColor('#1a73e8');
    expect(s.getTabColor()).toBe('#1a73e8');
    s.hideSheet();
    expect(s.isSheetHidden()).toBe(true);
    s.showSheet();

    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$E3="Lỗi"')
      .setBackground('#f4c7c3')
      .setFontColor('#a50e0e')
      .setRanges([s.getRange('A3:H50')])
      .build();
    s.setConditionalFormatRules([...s.getConditionalFormatRules(), rule]);
    const rules = s.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0].getBooleanCondition()?.getCriteriaValues()).toEqual(['=$E3="Lỗi"']);
    expect(rules[0].getBooleanCondition()?.getBackground()).toBe('#f4c7c3');
    expect(rules[0].getRanges()[0].getA1Notation()).toBe('A3:H50');

    s.getRange('A1:B3').setValues([
      ['x', 'y'],
      ['a', 1],
      ['b', 2],
    ]);
    const chart = s
      .newChart()
      .addRange(s.getRange('A1:B3'))
      .setPosition(2, 5, 0, 0)
      .asColumnChart()
      .setTitle('Điểm')
      .build();
    s.insertChart(chart);
    expect(s.getCharts()).toHaveLength(1);
    expect((s.getCharts()[0] as FakeEmbeddedChart).fakeOptions().title).toBe('Điểm');
    expect(s.getCharts()[0].getOptions().get('title')).toBeNull();
    expect(s.getCharts()[0].getContainerInfo().getAnchorColumn()).toBe(5);
    const modified = s.getCharts()[0].modify().setOption('title', 'Mới').build();
    s.updateChart(modified);
    expect((s.getCharts()[0] as FakeEmbeddedChart).fakeOptions().title).toBe('Mới');
    s.removeChart(s.getCharts()[0]);
    expect(s.getCharts()).toHaveLength(0);
  });

  it('protections: editors, description, warning-only, unprotected ranges, enforcement', () => {
    gas.uninstall();
    gas = installFakeGlobals(globalThis, { ownerEmail: 'vp@x.vn', editorEmails: ['cb1@x.vn'] });
    const s = tab();
    const p = s.getRange('A1:C1').protect().setDescription('Tiêu đề');
    expect(p.getDescription()).toBe('Tiêu đề');
    // A new protection mirrors the file's editors until the script changes its list.
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['vp@x.vn', 'cb1@x.vn']);
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['vp@x.vn']); // the owner stays
    expect(p.canDomainEdit()).toBe(false);
    const sp = s.protect();
    expect(s.protect()).toBe(sp);
    sp.setUnprotectedRanges([s.getRange('D2:E100')]);
    gas.runAs('official', () => expect(() => s.getRange('A5').setValue(3)).not.toThrow(), { user: 'cb1@x.vn' });
    sp.removeEditors(['cb1@x.vn']);
    expect(sp.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['D2:E100']);
    expect(SpreadsheetApp.getActive().getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
    expect(s.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toEqual([sp]);

    // An official (not an editor of the protection) can write only into the unprotected ranges.
    gas.runAs(
      'official',
      () => {
        expect(() => s.getRange('D5').setValue(3)).not.toThrow();
        expect(() => s.getRange('A5').setValue(3)).toThrow('You are trying to edit a protected cell or object.');
        expect(s.getRange('A5').canEdit()).toBe(false);
      },
      { user: 'cb1@x.vn' },
    );
    sp.setWarningOnly(true);
    gas.runAs('official', () => s.getRange('A5').setValue(3));
    expect(s.getRange('A5').getValue()).toBe(3);
    p.remove();
    expect(s.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
  });
});

describe('LockService: two executions', () => {
  it('a document lock held by execution A blocks execution B until A releases it', () => {
    const a = gas.runAs('A', () => {
      const lock = LockService.getDocumentLock();
      expect(lock.tryLock(1000)).toBe(true);
      expect(lock.hasLock()).toBe(true);
      return lock;
    });
    // A is "still running": B cannot get the lock.
    gas.runAs('B', () => {
      const lock = LockService.getDocumentLock();
      expect(lock.tryLock(5000)).toBe(false);
      expect(lock.hasLock()).toBe(false);
      expect(() => lock.waitLock(5000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    });
    expect(gas.locks.holder('document')).toBe('A');
    gas.runAs('A', () => a.releaseLock());
    gas.runAs('B', () => expect(LockService.getDocumentLock().tryLock(10)).toBe(true));
    gas.endExecution('B');
    expect(gas.locks.holder('document')).toBeUndefined();
  });

  it('locks are re-entrant within one execution and released when it ends', () => {
    gas.runAs('A', () => {
      expect(LockService.getScriptLock().tryLock(1)).toBe(true);
      expect(LockService.getScriptLock().tryLock(1)).toBe(true);
    });
    expect(LockService.getScriptLock().tryLock(1)).toBe(false); // main execution
    gas.endExecution('A');
    expect(LockService.getScriptLock().tryLock(1)).toBe(true);
  });

  it('onContention lets a test finish the other execution while this one waits', () => {
    gas.runAs('A', () => LockService.getDocumentLock().waitLock(1000));
    const seen: string[] = [];
    gas.locks.onContention = ({ holder, waiter }) => {
      seen.push(`${waiter} waits for ${holder}`);
      gas.endExecution(holder);
    };
    const lock = LockService.getDocumentLock();
    expect(() => lock.waitLock(30000)).not.toThrow();
    expect(seen).toEqual(['main waits for A']);
  });
});

describe('call counter and write log', () => {
  it('counts every service call once by Class.method', () => {
    const s = tab();
    gas.calls.reset();
    const range = SpreadsheetApp.getActive().getSheetByName('Lĩnh vực 1')!.getRange(1, 1, 2, 2);
    range.getValues();
    range.getValues();
    range.setValues([
      [1, 2],
      [3, 4],
    ]);
    expect(gas.calls.count('Range.getValues')).toBe(2);
    expect(gas.calls.count('Range.setValues')).toBe(1);
    expect(gas.calls.count('Range.*')).toBe(3);
    expect(gas.calls.count('*.getSheetByName')).toBe(1);
    expect(gas.calls.total()).toBe(6); // getActive, getSheetByName, getRange, 2x getValues, setValues
    expect(gas.calls.byMethod()).toEqual({
      'Range.getValues': 2,
      'Range.setValues': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActive': 1,
    });
    // Internal calls between fakes are not counted (setValue does not count a getRange).
    gas.calls.reset();
    s.getRange('A1').setValue(1);
    expect(gas.calls.byMethod()).toEqual({ 'Range.setValue': 1, 'Sheet.getRange': 1 });
    // Test helpers and inspect() do not count.
    gas.calls.reset();
    s.fakeValues();
    gas.inspect(() => s.getRange('A1:B2').getValues());
    expect(gas.calls.total()).toBe(0);
  });

  it('records every write with sheet, A1 block, method and kind', () => {
    const s = tab();
    s.fakeSeed([
      ['Mã', 'Tên', 'Số liệu', 'Điểm'],
      ['1.1', 'a', 3, ''],
    ]);
    expect(gas.writes.length).toBe(0); // seeding is not logged
    s.getRange(2, 4, 1, 1).setValues([[1.5]]);
    s.getRange('D2').setNumberFormat('0.00');
    s.getRange('C2').setNote('Giải trình');
    s.clear();
    const log = gas.writes.all();
    expect(log.map((w) => [w.a1, w.method, w.kind])).toEqual([
      ['D2', 'Range.setValues', 'content'],
      ['D2', 'Range.setNumberFormat', 'format'],
      ['C2', 'Range.setNote', 'note'],
      ['A1:Z1000', 'Sheet.clear', 'content'],
    ]);
    expect(log[0]).toMatchObject({ sheet: 'Lĩnh vực 1', row: 2, col: 4, numRows: 1, numCols: 1, execution: 'main' });
    // "no input cell written": column C is input, only D is computed.
    gas.writes.reset();
    s.getRange('D2:D3').setValues([[1], [2]]);
    expect(gas.writes.touching('Lĩnh vực 1', { col: 3, numCols: 1 })).toEqual([]);
    expect(gas.writes.touching('Lĩnh vực 1', { col: 4, numCols: 1 })).toHaveLength(1);
    expect([...gas.writes.cells('Lĩnh vực 1')]).toEqual(['2,4', '3,4']);
    // Sheet.clear counts as a write to every cell, input cells included.
    s.clear();
    expect(gas.writes.touching('Lĩnh vực 1', { col: 3, numCols: 1 })).toHaveLength(1);
  });

  it('records writes per execution', () => {
    const s = tab();
    gas.runAs('B', () => s.getRange('A1').setValue('x'));
    expect(gas.writes.all()[0].execution).toBe('B');
  });
});

describe('Ui and HtmlService', () => {
  it('records menus, alerts and sidebars', () => {
    const ui = SpreadsheetApp.getUi();
    ui.createMenu('CCHC')
      .addItem('Khởi tạo bảng theo dõi', 'setupWorkbook')
      .addSeparator()
      .addSubMenu(ui.createMenu('Khác').addItem('Giới thiệu', 'showAbout'))
      .addToUi();
    expect(gas.ui.menus).toHaveLength(1);
    expect(menuFunctionNames(gas.ui.menus[0])).toEqual(['setupWorkbook', 'showAbout']);
    ui.createAddonMenu().addItem('Mở', 'showSidebar').addToUi();
    expect(gas.ui.menus[1]).toMatchObject({ caption: 'Chỉ số CCHC', addon: true });

    expect(ui.alert('Xong')).toBe(ui.Button.OK);
    gas.ui.queueAnswer('NO');
    expect(ui.alert('Tiêu đề', 'Tiếp tục?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Tiếp tục?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(gas.ui.alerts.map((a) => a.prompt)).toEqual(['Xong', 'Tiếp tục?', 'Tiếp tục?']);

    gas.htmlService.files.set('Sidebar', '<p>Chào</p>');
    const out = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Chỉ số CCHC').setWidth(320);
    ui.showSidebar(out);
    expect(gas.ui.sidebar?.getContent()).toBe('<p>Chào</p>');
    expect(gas.ui.sidebar?.getTitle()).toBe('Chỉ số CCHC');
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
    const t = HtmlService.createTemplate('<b><?= name ?></b><?!= raw ?>');
    t.name = '<xã>';
    t.raw = '<i>';
    expect(t.evaluate().getContent()).toBe('<b>&lt;xã&gt;</b><i>');
  });

  it('in AuthMode.NONE only the menu can be built', () => {
    gas.env.authMode = 'NONE';
    SpreadsheetApp.getUi().createAddonMenu().addItem('Mở', 'showSidebar').addToUi();
    expect(gas.ui.menus).toHaveLength(1);
    expect(() => SpreadsheetApp.getActive()).toThrow('You do not have permission to call SpreadsheetApp.getActive.');
    expect(() => PropertiesService.getDocumentProperties()).toThrow('You do not have permission');
    gas.env.authMode = 'FULL';
  });

  it('getUi() throws outside a UI context when configured', () => {
    const g = createFakeGas({ uiAvailable: false });
    expect(() => g.spreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});

describe('PropertiesService, Session, Utilities, Logger', () => {
  it('properties are strings; user properties are per user', () => {
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty('year', 2023 as unknown as string);
    expect(doc.getProperty('year')).toBe('2023');
    expect(doc.getProperty('none')).toBeNull();
    doc.setProperties({ a: '1', b: '2' });
    expect(PropertiesService.getDocumentProperties().getProperties()).toEqual({ year: '2023', a: '1', b: '2' });
    doc.deleteProperty('a');
    expect(doc.getKeys().sort()).toEqual(['b', 'year']);
    PropertiesService.getUserProperties().setProperty('k', 'main');
    gas.runAs('B', () => expect(PropertiesService.getUserProperties().getProperty('k')).toBeNull(), { user: 'b@x.vn' });
    expect(() => doc.setProperty('big', 'x'.repeat(10000))).toThrow('Argument too large');
  });

  it('Session reports the execution user and the script time zone', () => {
    expect(Session.getActiveUser().getEmail()).toBe(gas.env.options.ownerEmail);
    gas.runAs('B', () => expect(Session.getActiveUser().getEmail()).toBe('b@x.vn'), { user: 'b@x.vn' });
    expect(Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(Session.getTemporaryActiveUserKey()).toMatch(/^tmpkey-/);
  });

  it('Utilities.formatDate uses the given time zone', () => {
    const d = new Date(Date.UTC(2023, 11, 31, 18, 5, 9)); // 01:05:09 on 1 Jan 2024 in Hà Nội
    expect(Utilities.formatDate(d, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy')).toBe('01/01/2024');
    expect(Utilities.formatDate(d, 'Asia/Ho_Chi_Minh', 'HH:mm')).toBe('01:05');
    expect(Utilities.formatDate(d, 'Asia/Ho_Chi_Minh', "yyyy-MM-dd'T'HH:mm:ss")).toBe('2024-01-01T01:05:09');
    expect(Utilities.formatDate(d, 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2023-12-31T18:05:09Z');
    expect(formatDate(d, 'GMT+7', 'dd/MM/yyyy HH:mm Z')).toBe('01/01/2024 01:05 +0700');
    expect(Utilities.formatString('%s có %d hồ sơ (%.1f%%)', 'Xã', 12, 92.44)).toBe('Xã có 12 hồ sơ (92.4%)');
  });

  it('Logger records lines', () => {
    Logger.log('Tổng: %s điểm', 89.77);
    expect(Logger.getLog()).toBe('Tổng: 89.77 điểm\n');
    expect(gas.env.logs).toContain('Tổng: 89.77 điểm');
  });
});

describe('DocumentApp', () => {
  it('builds a document body like the real service', () => {
    const doc = DocumentApp.create('Báo cáo tổng kết CCHC 2023');
    expect(doc.getName()).toBe('Báo cáo tổng kết CCHC 2023');
    expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${doc.getId()}`);
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1); // a new body holds one empty paragraph
    body.setMarginTop(56).setMarginLeft(85).setPageWidth(595).setPageHeight(842);
    expect([body.getMarginTop(), body.getMarginLeft(), body.getPageWidth(), body.getPageHeight()]).toEqual([
      56, 85, 595, 842,
    ]);

    const title = body
      .appendParagraph('BÁO CÁO')
      .setHeading(DocumentApp.ParagraphHeading.HEADING1)
      .setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    title.editAsText().setBold(true).setFontSize(14).setFontFamily('Times New Roman');
    expect(title.getHeading()).toBe('HEADING1');
    expect(title.getAlignment()).toBe('CENTER');
    expect(title.editAsText().isBold()).toBe(true);
    expect(title.editAsText().getFontSize()).toBe(14);
    const attrs = title.getAttributes();
    expect(attrs[DocumentApp.Attribute.BOLD]).toBe(true);
    expect(attrs[DocumentApp.Attribute.HORIZONTAL_ALIGNMENT]).toBe('CENTER');

    // Appended text inherits the attributes of the text before it.
    const p = body.appendParagraph('Kết quả: ');
    p.appendText('đạt').setBold(true);
    p.appendText(' (tốt)');
    expect(p.getText()).toBe('Kết quả: đạt (tốt)');
    expect(p.editAsText().isBold(0)).toBe(false);
    expect(p.editAsText().isBold(9)).toBe(true);
    expect(p.editAsText().isBold(13)).toBe(true);
    p.editAsText().setItalic(0, 3, true);
    expect(p.editAsText().isItalic(3)).toBe(true);
    expect(p.editAsText().isItalic(4)).toBe(false);

    const table = body.appendTable([
      ['STT', 'Lĩnh vực', 'Điểm'],
      ['1', 'Công tác chỉ đạo', '9,5'],
    ]);
    table.setBorderWidth(1).setColumnWidth(0, 40);
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(1).getNumCells()).toBe(3);
    expect(table.getCell(1, 1).getText()).toBe('Công tác chỉ đạo');
    expect(table.getCell(0, 0).getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    table.getCell(0, 0).editAsText().setBold(true);
    table.getCell(0, 0).setPaddingTop(2).setBackgroundColor('#eeeeee');
    expect(table.getCell(0, 0).getPaddingTop()).toBe(2);
    expect(table.getBorderWidth()).toBe(1);
    expect(table.getColumnWidth(0)).toBe(40);
    // A body never ends with a table: appendTable left an empty paragraph after it.
    expect(table.getNextSibling()?.getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(table.getNextSibling()?.asParagraph().getText()).toBe('');
    // A table inserted before other content gets none.
    body.insertTable(body.getChildIndex(table), [['x']]);
    expect(body.getChild(body.getChildIndex(table) - 1).getType()).toBe(DocumentApp.ElementType.TABLE);
    body.removeChild(body.getChild(body.getChildIndex(table) - 1));

    body.appendListItem('Một');
    body.appendListItem('Hai');
    const pb = body.appendPageBreak();
    expect(pb.getParent().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    const img = body.appendImage(Utilities.newBlob([137, 80, 78, 71], 'image/png', 'chart.png'));
    expect(img.getWidth()).toBe(100);

    // empty first paragraph, title, p, table, the paragraph after it, 2 list items, page-break paragraph,
    // image paragraph
    expect(body.getNumChildren()).toBe(9);
    expect(body.getTables()).toHaveLength(1);
    expect(body.getListItems().map((l) => l.getText())).toEqual(['Một', 'Hai']);
    expect(body.getListItems()[0].getListId()).toBe(body.getListItems()[1].getListId());
    expect(body.getParagraphs().map((x) => x.getText())).toContain('Hai');
    expect(body.getChild(3).asTable().getNumRows()).toBe(2);
    expect(body.getText()).toContain('BÁO CÁO\nKết quả: đạt (tốt)\nSTT\tLĩnh vực\tĐiểm');
    expect(() => body.getChild(99)).toThrow('Child index (99) must be less than the number of child elements (9).');

    body.replaceText('đạt', 'ĐẠT');
    expect(p.getText()).toBe('Kết quả: ĐẠT (tốt)');

    // The first (empty) paragraph can be removed; the last paragraph of a section cannot.
    body.getChild(0).asParagraph().removeFromParent();
    expect(body.getNumChildren()).toBe(8);
    const last = body.getChild(body.getNumChildren() - 1).asParagraph();
    expect(() => last.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");

    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
  });

  it('throws after saveAndClose and simulates the daily quota', () => {
    const doc = DocumentApp.create('A');
    const body = doc.getBody();
    doc.saveAndClose();
    expect(() => body.appendParagraph('x')).toThrow('Document is closed, its contents cannot be updated.');
    expect(DocumentApp.openById(doc.getId()).getBody().appendParagraph('x').getText()).toBe('x');
    gas.documentApp.createQuota = 1;
    DocumentApp.create('B');
    expect(() => DocumentApp.create('C')).toThrow('Service invoked too many times for one day: docs create.');
    expect(gas.documentApp.documents.map((d) => d.getName())).toEqual(['A', 'B']);
  });

  it('headers and footers', () => {
    const doc = DocumentApp.create('H');
    expect(doc.getHeader()).toBeNull();
    doc.addHeader().appendParagraph('UBND XÃ CAO AN');
    expect(doc.getHeader().getText()).toBe('\nUBND XÃ CAO AN');
    doc.addFooter().setText('Trang');
    expect(doc.getFooter().getText()).toBe('Trang');
  });
});

describe('A1 helpers', () => {
  it('parses A1 notation', () => {
    expect(parseA1('B2:D9', 1000, 26)).toEqual({ sheetName: undefined, row: 2, col: 2, numRows: 8, numCols: 3 });
    expect(parseA1("'Lĩnh vực 1'!A1", 1000, 26)).toMatchObject({ sheetName: 'Lĩnh vực 1', row: 1, col: 1 });
    expect(parseA1('A:A', 1000, 26)).toMatchObject({ row: 1, numRows: 1000, col: 1, numCols: 1 });
    expect(parseA1('2:3', 1000, 26)).toMatchObject({ row: 2, numRows: 2, col: 1, numCols: 26 });
    expect(parseA1('A2:C', 1000, 26)).toMatchObject({ row: 2, numRows: 999, numCols: 3 });
    expect(parseA1('AA10', 1000, 26)).toMatchObject({ row: 10, col: 27 });
    expect(parseA1('A', 1000, 26)).toBeUndefined();
    expect(r1c1ToA1('=IF(R[0]C[-2]="",  "", RC[-1]/R1C2)', 3, 4)).toBe('=IF(B3="",  "", C3/$B$1)');
  });

  it('FakeRange is the class behind getRange', () => {
    expect(tab().getRange(1, 1)).toBeInstanceOf(FakeRange);
  });
});
