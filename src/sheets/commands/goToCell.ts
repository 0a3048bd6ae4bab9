/** Sidebar "Đi tới ô": selects a problem's cell. */
import { SERVER_TEXT as T } from '../../core/text';
import { UserError } from '../errors';
import { activeSpreadsheet } from '../session';

const CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

export function goToCell(sheetName: string, a1: string): null {
  const cell = String(a1 ?? '')
    .trim()
    .toUpperCase();
  if (!CELL.test(cell)) throw new UserError(T.badCell(String(a1 ?? '')), T.badCellHint);
  const ss = activeSpreadsheet();
  const sheet = ss.getSheetByName(String(sheetName ?? ''));
  if (!sheet) throw new UserError(T.tabMissing(String(sheetName ?? '')), T.tabMissingHint);
  ss.setActiveSheet(sheet);
  sheet.getRange(cell).activate();
  return null;
}
