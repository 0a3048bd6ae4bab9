/** The sample workbook with edits, scored, and helpers to read a ReportModel's blocks. */
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import type { RowInput } from '../../src/core/entries';
import { scoreWorkbook, WorkbookResult } from '../../src/core/pipeline';
import { buildReport, readAssignments, ReportModel } from '../../src/core/report';
import type { Block } from '../../src/core/report';
import { SAMPLE_ASSIGNMENTS, SAMPLE_ENTRIES, SAMPLE_INFO, SAMPLE_NOTICE } from '../../src/core/sample/caoAn2023';
import { assignmentGrid, InfoValues, workbookGrids } from '../../src/core/template';

export const TODAY = { year: 2024, month: 1, day: 5 };

export function sampleResult(
  edit: { info?: InfoValues; entries?: Record<string, Partial<RowInput>> } = {},
): WorkbookResult {
  const spec = { ...DEFAULT_CATALOGUE, notice: SAMPLE_NOTICE };
  return scoreWorkbook(workbookGrids(spec, { ...SAMPLE_INFO, ...edit.info }, { ...SAMPLE_ENTRIES, ...edit.entries }));
}

/** Phân công of the sample, read back from the tab's grid as the shells will. */
export function sampleAssignments(): Record<string, string> {
  return readAssignments(assignmentGrid(DEFAULT_CATALOGUE, SAMPLE_ASSIGNMENTS).values);
}

export function sampleReport(edit: Parameters<typeof sampleResult>[0] = {}): {
  result: WorkbookResult;
  model: ReportModel;
} {
  const result = sampleResult(edit);
  return { result, model: buildReport({ result, assignments: sampleAssignments(), today: TODAY }) };
}

export function blockText(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return b.runs.map((r) => r.text).join('');
    case 'heading':
      return b.text;
    case 'table':
      return [b.columns.map((c) => c.header).join(' | '), ...b.rows.map((r) => r.cells.join(' | '))].join('\n');
    case 'header':
    case 'signature':
      return [...b.left, ...b.right].map((l) => l.runs.map((r) => r.text).join('')).join('\n');
    default:
      return '';
  }
}

export function tableNamed(model: ReportModel, name: string): Extract<Block, { kind: 'table' }> {
  const t = model.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

export function paragraphs(model: ReportModel): string[] {
  return model.blocks.filter((b) => b.kind === 'paragraph').map(blockText);
}

/** Codes compared numerically by segment, written independently of the core's compareCodes. */
export function byCode(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
  return 0;
}

/** "11,15" → 11150 milli-points. */
export const milli = (s: string): number => Math.round(Number(s.replace(/\./g, '').replace(',', '.')) * 1000);
