/** "Hồ sơ minh chứng" on the fakes: the office writes the evidence pack as a tab, batched, links clickable. */
import type { FakeGas } from '../fakes';
import type { CellValue } from '../../src/core/cells';
import { buildEvidencePack } from '../../src/core/evidence/pack';
import { evidencePackGrid, isLinkCell, PACK_LINK_COLUMN, PACK_WIDTH } from '../../src/core/evidence/packTable';
import { UPLOAD_LOG_HEADERS, uploadRecordsToRows } from '../../src/core/evidence/uploadLog';
import { colNumber, TAB_NAMES } from '../../src/core/layout';
import { scoreWorkbook } from '../../src/core/pipeline';
import { readAssignments } from '../../src/core/report/assignments';
import { SAMPLE_ASSIGNMENTS, SAMPLE_ENTRIES, SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import { CYCLE_TEXT, EVIDENCE_PACK_TEXT as T } from '../../src/core/text';
import type { WorkbookGrids } from '../../src/core/workbook';
import { menuEvidencePack, sidebarUploadEvidence } from '../../src/main';
import { MENU_ITEMS } from '../../src/sheets/menu';
import { fillAssignments, fillEntries, fillInfo, install, OFFICE, rowOf, setup, sheet } from './helpers';

const TUPHAP = 'tuphap.caoan@example.gov.vn';
const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz012345';
const LINK = `https://drive.google.com/file/d/${ID}/view`;
let gas: FakeGas;
afterEach(() => gas.uninstall());

const lastAlert = () => gas.ui.alerts[gas.ui.alerts.length - 1];
const grids = (): WorkbookGrids => ({
  tabs: gas.spreadsheet
    .fakeSheets()
    .filter((s) => s.fakeName !== T.tabName && s.fakeName !== TAB_NAMES.assignments)
    .map((s) => ({ name: s.fakeName, values: s.fakeValues() as CellValue[][] })),
});

function sampleWorkbook(): void {
  gas = install({ editorEmails: [TUPHAP] });
  setup(gas);
  fillAssignments(gas, SAMPLE_ASSIGNMENTS);
  setup(gas);
  fillEntries(gas, SAMPLE_ENTRIES);
  fillInfo(gas, SAMPLE_INFO);
}

function typeEvidence(code: string, evidence: string, explanation?: string): void {
  const s = sheet(gas, `${code.split('.')[0]}. ${areaTitle(code)}`);
  s.fakeSeed([[evidence]], rowOf(s, code), colNumber('evidence'));
  if (explanation !== undefined) s.fakeSeed([[explanation]], rowOf(s, code), colNumber('explanation'));
}

function areaTitle(code: string): string {
  const tab = gas.spreadsheet.fakeSheets().find((s) => s.fakeName.startsWith(`${code.split('.')[0]}. `));
  return tab!.fakeName.slice(tab!.fakeName.indexOf(' ') + 1);
}

const packTab = () => sheet(gas, T.tabName);
const formulaAt = (row: number, col: number) => gas.inspect(() => packTab().getRange(row, col).getFormula());

describe('Hồ sơ minh chứng', () => {
  it('is an office menu item; an official is refused and nothing is written', () => {
    expect(MENU_ITEMS).toContainEqual({ label: T.menu, fn: 'menuEvidencePack' });
    const order = MENU_ITEMS.map((m) => m?.fn);
    expect(order.indexOf('menuEvidencePack')).toBe(order.indexOf('menuRemainingTasks') + 1);
    sampleWorkbook();
    gas.runAs('tuphap', menuEvidencePack, { user: TUPHAP });
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.notOffice(T.tabName, TUPHAP));
    expect(gas.spreadsheet.getSheetByName(T.tabName)).toBeNull();
  });

  it('writes the core grid in one setValues, links as =HYPERLINK, texts kept as typed; a later run blanks stale rows', () => {
    sampleWorkbook();
    typeEvidence('3.2', `QĐ 12/QĐ-UBND "gốc" ${LINK}; =IMPORTXML("http://x","//a")\n1.10`);
    gas.writes.reset();
    menuEvidencePack();
    expect(lastAlert().title).toBe(T.doneTitle);
    for (const method of ['Range.setValues', 'Range.setFontWeights', 'Range.setBackgrounds'])
      expect(gas.writes.filter({ sheet: T.tabName, method })).toHaveLength(1);
    expect(gas.writes.filter({ sheet: T.tabName }).map((w) => w.method)).not.toContain('Range.setValue');

    const assignments = readAssignments(sheet(gas, TAB_NAMES.assignments).fakeValues() as CellValue[][]);
    const pack = buildEvidencePack(scoreWorkbook(grids()), assignments);
    const expected = evidencePackGrid(pack, { year: '2023', unit: 'Xã Cao An', updated: '' });
    const written = packTab().fakeValues();
    expect(String(written[0][0])).toMatch(
      /^HỒ SƠ MINH CHỨNG CHỈ SỐ CCHC NĂM 2023 – XÃ CAO AN \(cập nhật \d\d\/\d\d\/\d{4} /,
    );
    // Every cell as the core has it: text stays text (codes "3.1.10", names), links are formulas.
    expected.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (r === 0) return;
        if (isLinkCell(v))
          expect(formulaAt(r + 1, c + 1)).toBe(`=HYPERLINK("${v.url}","${v.text.replace(/"/g, '""')}")`);
        else expect([r, c, written[r][c]]).toEqual([r, c, v ?? '']);
      }),
    );
    const r32 = written.findIndex((row) => row[1] === '3.2') + 1;
    expect(formulaAt(r32, PACK_LINK_COLUMN)).toBe(`=HYPERLINK("${LINK}","QĐ 12/QĐ-UBND ""gốc""")`);
    expect(written[r32][PACK_LINK_COLUMN - 1]).toBe('=IMPORTXML("http://x","//a")');
    expect(formulaAt(r32 + 1, PACK_LINK_COLUMN)).toBe('');
    expect(written[r32 + 1][PACK_LINK_COLUMN - 1]).toBe('1.10');
    // Headings bold, header rows tinted.
    const cell = (r: number, c: number) => packTab().fakeCell(r, c);
    for (const r of expected.headerRows) expect(cell(r, 1)?.format?.fontWeight).toBe('bold');
    expect(cell(expected.totalRow, 2)?.format?.fontWeight).toBe('bold');
    expect(cell(expected.totalRow + 1, 1)?.format?.fontWeight).toBe('normal');
    // The tab is not taken for an area tab: scoring is unchanged by it.
    const all = {
      tabs: gas.spreadsheet.fakeSheets().map((s) => ({ name: s.fakeName, values: s.fakeValues() as CellValue[][] })),
    };
    expect(scoreWorkbook(all).problems).toEqual(scoreWorkbook(grids()).problems);

    // Fewer documents: the run writes over the same block, and nothing is left below.
    typeEvidence('3.2', 'Sổ theo dõi');
    gas.writes.reset();
    menuEvidencePack();
    const again = packTab().fakeValues();
    const used = again.filter((row) => row.some((v) => v !== '')).length;
    expect(used).toBe(written.filter((row) => row.some((v) => v !== '')).length - 2);
    expect(gas.writes.filter({ sheet: T.tabName, method: 'Range.setValues' })[0]).toMatchObject({
      numRows: written.length,
      numCols: PACK_WIDTH,
    });
  });

  it('adds date added and by whom from the upload log; a file whose link is not in its cell is listed', () => {
    sampleWorkbook();
    typeEvidence('3.2', `QĐ 12/QĐ-UBND ${LINK}`);
    gas.spreadsheet.insertSheet(TAB_NAMES.uploads);
    const log = sheet(gas, TAB_NAMES.uploads);
    const record = {
      at: new Date(Date.UTC(2024, 0, 5, 1, 30)),
      by: TUPHAP,
      areaCode: '3',
      criterionCode: '3.2',
      fileName: 'QĐ 12.pdf',
      fileId: ID,
      url: LINK,
      linked: true,
    };
    const unlinked = { ...record, fileName: 'Ảnh.jpg', fileId: ID.replace('1', '2'), url: `${LINK}x`, linked: false };
    log.fakeSeed([[...UPLOAD_LOG_HEADERS], ...uploadRecordsToRows([record, unlinked])]);
    menuEvidencePack();
    const rows = packTab()
      .fakeValues()
      .filter((r) => r[1] === '3.2');
    expect(rows.map((r) => r.slice(5, 8))).toEqual([
      ['', '05/01/2024 08:30', TUPHAP],
      [T.notInCell, '05/01/2024 08:30', TUPHAP],
    ]);
  });

  it('after an upload from the sidebar, the uploaded file carries its date added and uploader', () => {
    sampleWorkbook();
    const r = sidebarUploadEvidence({
      code: '3.3',
      files: [{ name: 'So theo doi.pdf', base64: Buffer.from('sổ').toString('base64') }],
    });
    if (!r.ok) throw new Error(r.message);
    menuEvidencePack();
    const all = packTab().fakeValues();
    const uploaded = all.filter((row) => row[1] === '3.3' && row[7] !== '');
    expect(uploaded).toHaveLength(1);
    expect(uploaded[0][6]).toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    expect(uploaded[0][7]).toBe(OFFICE);
    expect(uploaded[0][5]).toBe(''); // its link is in the cell
    const r33 = all.indexOf(uploaded[0]) + 1;
    expect(formulaAt(r33, PACK_LINK_COLUMN)).toMatch(/^=HYPERLINK\("https:\/\/drive\.google\.com\/file\/d\/drv\d+\//);
  });

  it('never writes over a tab of that name holding something else, and waits for no one: busy means nothing written', () => {
    sampleWorkbook();
    gas.spreadsheet.insertSheet(T.tabName);
    const own = sheet(gas, T.tabName);
    own.fakeSeed([['Danh mục hồ sơ của văn phòng'], ['x']]);
    menuEvidencePack();
    expect(lastAlert().prompt).toContain(T.taken);
    expect(own.fakeValues()).toEqual([['Danh mục hồ sơ của văn phòng'], ['x']]);
    gas.spreadsheet.deleteSheet(own);

    gas.runAs('other', () => LockService.getDocumentLock().tryLock(0));
    menuEvidencePack();
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.busy);
    expect(gas.spreadsheet.getSheetByName(T.tabName)).toBeNull();
    gas.endExecution('other');
    menuEvidencePack();
    expect(lastAlert().title).toBe(T.doneTitle);
  });
});
