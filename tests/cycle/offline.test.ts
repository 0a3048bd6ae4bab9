/**
 * Offline: `export-table`, `new-year`, and the appraisal in Tổng hợp of a scored copy — through runCli,
 * on real .xlsx files.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parseAreaPoints, planNewYear } from '../../src/core/cycle/newYear';
import { selfAssessmentGrid } from '../../src/core/cycle/selfAssessmentTable';
import { cellText } from '../../src/core/cells';
import { col, INFO_FIELDS, TAB_NAMES } from '../../src/core/layout';
import { scoreWorkbook } from '../../src/core/pipeline';
import { summaryCol, summaryGrid, SUMMARY_ROWS } from '../../src/core/summary';
import { CYCLE_CLI_TEXT, localMsg } from '../../src/core/text';
import { readWorkbook } from '../../src/core/workbook';
import { runCli } from '../../src/local/cli';
import { defaultNewYearPath } from '../../src/local/commands/newYear';
import { defaultTablePath } from '../../src/local/commands/exportTable';
import { writeSampleWorkbook } from '../../src/local/commands/template';
import { EXIT } from '../../src/local/errors';
import { recordingIo, tempDir } from '../local/helpers';
import { appraisalEntries, cellMap, editXlsx, gridsOfFile, writeEntries } from './helpers';

const dir = tempDir();
const file = (name: string) => path.join(dir(), name);
let sample = '';

beforeAll(async () => {
  sample = file('cao-an-2023.xlsx');
  await writeSampleWorkbook(sample);
});

async function cli(...argv: string[]) {
  const io = recordingIo();
  const code = await runCli(argv, io, {});
  return { code, io };
}

describe('export-table', () => {
  it('writes the self-assessment table of the workbook as its own .xlsx, cell for cell the core grid', async () => {
    const out = file('bang.xlsx');
    const { code, io } = await cli('export-table', sample, '-o', out);
    expect(code).toBe(EXIT.ok);
    const expected = selfAssessmentGrid(scoreWorkbook(await gridsOfFile(sample)));
    expect(io.lines).toEqual([CYCLE_CLI_TEXT.tableWritten(out, expected.criteria)]);
    const back = await gridsOfFile(out);
    expect(back.tabs.map((t) => t.name)).toEqual([CYCLE_CLI_TEXT.tableSheetName]);
    expect(back.tabs[0].values).toEqual(expected.values);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    for (const r of expected.boldRows) expect(ws.getCell(r, 2).font?.bold).toBe(true);
    expect(ws.getCell(expected.boldRows[0] + 1, 2).font?.bold).toBeFalsy();
  });

  it('defaults to <file>-bang-tu-danh-gia.xlsx, refuses to overwrite without --force and never writes over its input', async () => {
    const { code } = await cli('export-table', sample);
    expect(code).toBe(EXIT.ok);
    expect(existsSync(defaultTablePath(sample))).toBe(true);
    const again = await cli('export-table', sample);
    expect(again.code).toBe(EXIT.failed);
    expect(again.io.errors[0]).toBe(localMsg.errorPrefix + localMsg.outputExists(defaultTablePath(sample)));
    expect((await cli('export-table', sample, '--force')).code).toBe(EXIT.ok);
    const before = readFileSync(sample);
    const self = await cli('export-table', sample, '-o', sample, '--force');
    expect(self.code).toBe(EXIT.failed);
    expect(self.io.errors[0]).toContain(localMsg.outputIsInput(sample));
    expect(readFileSync(sample).equals(before)).toBe(true);
  });
});

describe('new-year', () => {
  it('writes year N+1 to a new file: only the planned cells change, the input stays byte for byte', async () => {
    const before = readFileSync(sample);
    const out = file('nam-sau.xlsx');
    const { code, io } = await cli('new-year', sample, '-o', out);
    expect(code).toBe(EXIT.ok);
    expect(io.lines[0]).toBe(CYCLE_CLI_TEXT.newYearWritten(out, 2023, 2024));
    expect(readFileSync(sample).equals(before)).toBe(true);

    const oldGrids = await gridsOfFile(sample);
    const oldResult = scoreWorkbook(oldGrids);
    const plan = planNewYear(oldGrids, oldResult);
    const newGrids = await gridsOfFile(out);
    const { infoRowOf } = readWorkbook(oldGrids);
    const planned = (key: string): boolean => {
      const [tab, rc] = key.split('!');
      const [r, c] = rc.split(',').map(Number);
      if (tab === TAB_NAMES.summary) return true; // rewritten whole: year N+1's figures
      if (
        plan.blocks.some(
          (b) =>
            b.sheet === tab &&
            r >= b.row &&
            r < b.row + b.values.length &&
            c >= b.column &&
            c < b.column + b.values[0].length,
        )
      )
        return true;
      return c === 2 && plan.info.some((w) => infoRowOf.get(w.key)?.sheet === tab && infoRowOf.get(w.key)?.row === r);
    };
    const a = cellMap(oldGrids);
    const b = cellMap(newGrids);
    const changed = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
    expect(changed.length).toBeGreaterThan(100);
    expect(changed.filter((k) => !planned(k))).toEqual([]);
    // The catalogue and the person in charge are kept.
    const newResult = scoreWorkbook(newGrids);
    expect(newResult.spec).toEqual(oldResult.spec);
    const r35 = newResult.criteria.find((c) => c.code === '3.5')!;
    expect(newGrids.tabs.find((t) => t.name === r35.sheet)!.values[r35.row! - 1][col('owner')]).toBe(
      oldGrids.tabs.find((t) => t.name === r35.sheet)!.values[r35.row! - 1][col('owner')],
    );
  });

  it('carries each criterion\'s points to "Điểm năm trước" and the index and areas to Thông tin chung; Tổng hợp is year N+1\'s', async () => {
    const out = file('nam-sau.xlsx');
    const oldResult = scoreWorkbook(await gridsOfFile(sample));
    const newGrids = await gridsOfFile(out);
    const next = scoreWorkbook(newGrids);
    for (const c of oldResult.criteria) {
      if (c.kind === 'group' || c.status === 'retired') continue;
      const v = newGrids.tabs.find((t) => t.name === c.sheet)!.values[c.row! - 1];
      expect([c.code, v[col('previousPoints')]]).toEqual([c.code, c.status === 'na' ? 'KPS' : c.points / 1000]);
      expect([
        c.code,
        v[col('a')],
        v[col('value')],
        v[col('evidence')],
        v[col('explanation')],
        v[col('appraisal')],
      ]).toEqual([c.code, '', '', '', '', '']);
    }
    expect(next.info.year).toBe(2024);
    expect(next.info.previousIndexPoints).toBe(oldResult.index.points / 1000);
    expect(next.info.previousIndexPercent).toBe(oldResult.index.percent / 100);
    const carried = parseAreaPoints(cellText(next.info.previousAreaPoints));
    for (const a of oldResult.areas) expect(carried.get(a.code)).toBe(a.points);
    expect(next.index.points).toBe(0);
    const summary = newGrids.tabs.find((t) => t.name === TAB_NAMES.summary)!.values;
    expect(summary).toEqual(summaryGrid(next.spec, next).grid.values);
  });

  it('names the output after the new year, refuses to overwrite without --force, and overwrites with it', async () => {
    const expected = defaultNewYearPath(sample, 2023, 2024);
    expect(path.basename(expected)).toBe('cao-an-2024.xlsx');
    expect(path.basename(defaultNewYearPath(file('bang-theo-doi.xlsx'), 2023, 2024))).toBe(
      'bang-theo-doi-nam-2024.xlsx',
    );
    expect((await cli('new-year', sample)).code).toBe(EXIT.ok);
    expect(existsSync(expected)).toBe(true);
    const refused = await cli('new-year', sample);
    expect(refused.code).toBe(EXIT.failed);
    expect(refused.io.errors[0]).toBe(localMsg.errorPrefix + localMsg.outputExists(expected));
    expect((await cli('new-year', sample, '--force')).code).toBe(EXIT.ok);
    const self = await cli('new-year', sample, '-o', sample, '--force');
    expect(self.code).toBe(EXIT.failed);
    expect(self.io.errors[0]).toContain(localMsg.outputIsInput(sample));
  });

  it('refuses a workbook without "Năm đánh giá" with a message naming it, and writes nothing', async () => {
    const noYear = file('khong-nam.xlsx');
    await editXlsx(sample, noYear, (wb) => {
      const ws = wb.getWorksheet(TAB_NAMES.info)!;
      ws.eachRow((row) => {
        if (row.getCell(1).value === INFO_FIELDS.find((f) => f.key === 'year')!.label) row.getCell(2).value = null;
      });
    });
    const out = file('khong-nam-sau.xlsx');
    const { code, io } = await cli('new-year', noYear, '-o', out);
    expect(code).toBe(EXIT.failed);
    expect(io.errors[0]).toBe(localMsg.errorPrefix + CYCLE_CLI_TEXT.noYear(noYear));
    expect(existsSync(out)).toBe(false);
  });

  it("says when last year's workbook still has errors (exit 1), and still writes the new year", async () => {
    const bad = file('co-loi.xlsx');
    await editXlsx(sample, bad, (wb) => writeEntries(wb, { '1.7': { a: 'ba' } }));
    const out = file('co-loi-sau.xlsx');
    const { code, io } = await cli('new-year', bad, '-o', out);
    const errors = scoreWorkbook(await gridsOfFile(bad)).errors;
    expect(errors).toBeGreaterThan(0);
    expect(code).toBe(EXIT.hasErrors);
    expect(io.errors).toContain(CYCLE_CLI_TEXT.oldYearHasErrors(errors));
    expect(existsSync(out)).toBe(true);
  });
});

describe('appraisal in the offline Tổng hợp', () => {
  it('score -o writes the appraisal and the difference per area and for the index', async () => {
    const appraised = file('tham-dinh.xlsx');
    await editXlsx(sample, appraised, (wb) => writeEntries(wb, appraisalEntries()));
    const out = file('tham-dinh-da-cham.xlsx');
    expect((await cli('score', appraised, '-o', out)).code).toBe(EXIT.ok);
    const result = scoreWorkbook(await gridsOfFile(appraised));
    const summary = (await gridsOfFile(out)).tabs.find((t) => t.name === TAB_NAMES.summary)!.values;
    result.areas.forEach((a, i) => {
      const ap = result.appraisal!.areas[i];
      expect(summary[SUMMARY_ROWS.firstArea - 1 + i][summaryCol('appraisal')]).toBe(ap.points / 1000);
      expect(summary[SUMMARY_ROWS.firstArea - 1 + i][summaryCol('appraisalGap')]).toBe((ap.points - a.points) / 1000);
    });
    expect(summary).toEqual(summaryGrid(result.spec, result).grid.values);
  });
});
