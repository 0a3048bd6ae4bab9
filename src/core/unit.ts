/**
 * The unit a workbook belongs to under two-tier local government (since 1/7/2025): a xã, phường or
 * đặc khu of a province, appraised by the province. Read from Thông tin chung.
 */
import { cellText } from './cells';
import type { Info } from './workbook';

export type UnitKind = 'xa' | 'phuong' | 'dacKhu';

export interface Unit {
  kind: UnitKind;
  /** The unit's own name without its kind ("Hòa Bình"); '' when not entered. */
  name: string;
  /** As typed ("Minh An", "tỉnh Minh An", "thành phố Hải Phòng"); '' when not entered. */
  province: string;
  /** As typed in Cơ quan thẩm định; '' when not entered (texts then name the province's council). */
  appraisalBody: string;
  /** As typed in Bộ phận tham mưu CCHC; '' when not entered. */
  office: string;
  /** Only when an old file still has it: the texts mention a huyện nowhere else. */
  district: string;
}

const fold = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** "Phường", "phường", "PHƯỜNG" → 'phuong'; blank or unknown → null. */
export function parseUnitKind(text: string): UnitKind | null {
  const t = fold(text);
  if (t === 'xã') return 'xa';
  if (t === 'phường') return 'phuong';
  if (t === 'đặc khu') return 'dacKhu';
  return null;
}

/** "Phường Hòa Bình" typed as the name: the kind word is taken off, and gives the kind when none is chosen. */
function splitName(name: string): { kind: UnitKind | null; name: string } {
  const m = /^(xã|phường|đặc khu)\s+(.+)$/iu.exec(name.trim());
  return m ? { kind: parseUnitKind(m[1]), name: m[2].trim() } : { kind: null, name: name.trim() };
}

/** The unit from Thông tin chung; a blank or unknown kind counts as xã (the kind older files meant). */
export function readUnit(info: Info): Unit {
  const named = splitName(cellText(info.commune));
  return {
    kind: parseUnitKind(cellText(info.unitType)) ?? named.kind ?? 'xa',
    name: named.name,
    province: cellText(info.province),
    appraisalBody: cellText(info.appraisalBody),
    office: cellText(info.office),
    district: cellText(info.district),
  };
}
