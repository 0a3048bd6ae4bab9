/**
 * Live feedback (simple trigger onEdit): an edit of a criterion row re-validates that row and
 * rewrites its three computed cells. Never a full-tab read, never an input cell, never a throw.
 *
 * Everything is anchored on e.range, the edited range of the edited sheet: not on the active sheet
 * (e.source.getActiveSheet / getSheetValues), which the Edit event's reference does not tie to the
 * edit, and not on e.value, which is absent for a cleared cell, a paste and a block. So every edit —
 * typed, cleared, pasted, several rows, another tab than the one shown — takes the same path:
 * offset + getValues reads the edited rows, offset + setValues writes their computed cells (skipped
 * when nothing changed). 4 calls for a typed cell; +1 (getA1Notation) when the range lacks the
 * rowStart/columnStart/rowEnd/columnEnd fields, which the reference does not list; +2 (offset + getValues
 * of the rows above) for a row that would warn about missing evidence, to learn if its area is the survey.
 *
 * The tab is recognised by the row itself (a criterion code in Mã, a known Loại, computed cells
 * that look like ours), not by a header read: that would be a second read on every keystroke.
 */
import type { CellValue } from '../core/cells';
import { cellText } from '../core/cells';
import { AREA_COLUMNS, AREA_WIDTH, col, roleSpan } from '../core/layout';
import { scoreSingleRow } from '../core/pipeline';
import { SEVERITY_LABELS, msg } from '../core/text';
import { areaRoleFromLabel, kindFromLabel } from '../core/workbook';
import { parseA1Block } from './readTabs';
import { recordEditProbe } from './editProbe';

const COMPUTED = roleSpan('computed');
/** Columns whose edit changes a row's result: catalogue, inputs and both appraisal rounds. */
const RESCORING_COLUMNS = new Set(
  AREA_COLUMNS.flatMap((c, i) =>
    c.role === 'catalogue' || c.role === 'input' || c.role === 'appraisal' || c.role === 'rounds' ? [i + 1] : [],
  ),
);
const CRITERION_CODE = /^\d+(?:\.\d+)+$/;
const CHECK_PREFIXES = [SEVERITY_LABELS.error, SEVERITY_LABELS.warning, msg.ok, msg.notApplicable];

/** Does this row read like a criterion row of an area tab, with our computed cells where we expect them? */
export function isCriterionRow(cells: CellValue[]): boolean {
  if (!CRITERION_CODE.test(cellText(cells[col('code')]))) return false;
  const kind = kindFromLabel(cells[col('kind')]);
  if (kind === null || kind === 'area') return false;
  const ratio = cells[col('ratio')];
  const points = cells[col('points')];
  const check = cellText(cells[col('check')]);
  const numberOrBlank = (v: CellValue) => v === '' || v === null || v === undefined || typeof v === 'number';
  return (
    numberOrBlank(ratio) && numberOrBlank(points) && (check === '' || CHECK_PREFIXES.some((p) => check.startsWith(p)))
  );
}

/**
 * New computed cells for the read rows; null when nothing changes. `isSurvey(areaCode)` is asked only
 * for a row whose result depends on it (one that would otherwise warn about missing evidence).
 */
export function recomputeRows(
  rows: CellValue[][],
  isSurvey: (areaCode: string) => boolean = () => false,
): (string | number | CellValue)[][] | null {
  let changed = false;
  const out = rows.map((cells) => {
    const current = [cells[col('ratio')], cells[col('points')], cells[col('check')]].map((v) =>
      v === null || v === undefined ? '' : v,
    );
    if (!isCriterionRow(cells)) return current;
    let next = scoreSingleRow(cells);
    const asSurvey = next && scoreSingleRow(cells, true);
    if (next && asSurvey && asSurvey.some((v, i) => v !== next![i]) && isSurvey(areaCodeOf(cells))) next = asSurvey;
    if (!next) return current;
    if (next.some((v, i) => v !== current[i])) changed = true;
    return next;
  });
  return changed ? out : null;
}

const areaCodeOf = (cells: CellValue[]) => cellText(cells[col('code')]).split('.')[0];

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;
type Block = { row: number; column: number; numRows: number; numColumns: number };

/** e.range as Sheets passes it: a Range that also carries the edited block's bounds as plain fields. */
type EditedRange = GoogleAppsScript.Spreadsheet.Range &
  Partial<Record<'rowStart' | 'columnStart' | 'rowEnd' | 'columnEnd', number>>;

/** The edited block, 1-based, from the event's fields when present (free), else from its A1 notation. */
export function editedBlock(range: EditedRange): Block | null {
  const { rowStart, columnStart, rowEnd, columnEnd } = range;
  if ([rowStart, columnStart, rowEnd, columnEnd].every((n) => typeof n === 'number' && n >= 1)) {
    return {
      row: rowStart!,
      column: columnStart!,
      numRows: rowEnd! - rowStart! + 1,
      numColumns: columnEnd! - columnStart! + 1,
    };
  }
  return parseA1Block(range.getA1Notation());
}

/** The edited rows, full width, read from the edited range itself. */
function readEditedRows(range: EditedRange, block: Block): CellValue[][] {
  return range.offset(0, 1 - block.column, block.numRows, AREA_WIDTH).getValues() as CellValue[][];
}

/**
 * Survey areas among the rows above the edited block (where setup puts an area's row, above its
 * criteria): read once, only when a row's check depends on it. An area row moved below its criteria
 * is not seen; "Tính điểm" then corrects the check.
 */
function surveyLookup(range: EditedRange, block: Block): (areaCode: string) => boolean {
  let survey: Set<string> | null = null;
  return (areaCode) => {
    if (!survey) {
      const above = range.offset(1 - block.row, 1 - block.column, block.row, col('kind') + 1).getValues();
      survey = new Set(
        above
          .filter((r) => areaRoleFromLabel(r[col('kind')] as CellValue) === 'survey')
          .map((r) => cellText(r[col('code')] as CellValue)),
      );
    }
    return survey.has(areaCode);
  };
}

/** Does the edited block touch a column whose edit changes a row's result? Pure. */
export function touchesRescoring(block: Block): boolean {
  for (let c = block.column; c < block.column + block.numColumns; c++) if (RESCORING_COLUMNS.has(c)) return true;
  return false;
}

export function handleEdit(e: EditEvent | undefined): void {
  try {
    const range = e?.range as EditedRange | undefined;
    if (!e || !range) return;
    const block = editedBlock(range);
    if (!block) return;
    if (!touchesRescoring(block)) {
      recordEditProbe(range, block); // Kiểm tra cài đặt's probe cell only; nothing otherwise
      return;
    }
    const next = recomputeRows(readEditedRows(range, block), surveyLookup(range, block));
    if (next)
      range
        .offset(0, COMPUTED.first - block.column, block.numRows, COMPUTED.count)
        .setValues(next as (string | number)[][]);
  } catch (err) {
    // A simple trigger must never interrupt the official's typing; Tính điểm reports everything later.
    console.error(err);
  }
}
