/**
 * How a unit is named in every text (reports, tables, the sidebar): xã / phường / đặc khu, and the
 * province's bodies that stand where the huyện stood before 1/7/2025.
 */
import type { Unit, UnitKind } from '../unit';

/** Loại đơn vị: the drop-down's choices, in Thông tin chung as typed. */
export const UNIT_KIND_LABELS: Record<UnitKind, string> = { xa: 'Xã', phuong: 'Phường', dacKhu: 'Đặc khu' };
export const UNIT_KIND_CHOICES: readonly string[] = Object.values(UNIT_KIND_LABELS);

/** The six centrally-run cities since 2025; every other name is a tỉnh. */
const CITIES = ['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Cần Thơ', 'Hồ Chí Minh'];

const word = (k: UnitKind): string => UNIT_KIND_LABELS[k].toLowerCase();
const blank = (s: string): string => s || '…';

/** "Minh An" → "tỉnh Minh An", "Hải Phòng" → "thành phố Hải Phòng"; a typed "tỉnh …"/"thành phố …" is kept. */
function provinceName(p: string): string {
  const typed = p.trim();
  if (/^(tỉnh|thành phố|tp\.?)\s/iu.test(typed)) return typed.charAt(0).toLowerCase() + typed.slice(1);
  if (!typed) return 'tỉnh …';
  return CITIES.some((c) => c.toLowerCase() === typed.toLowerCase()) ? `thành phố ${typed}` : `tỉnh ${typed}`;
}

export const unitText = {
  capital: (s: string) => s.charAt(0).toUpperCase() + s.slice(1),
  /** "phường Hòa Bình" */
  of: (u: Unit) => `${word(u.kind)} ${blank(u.name)}`,
  /** "Phường Hòa Bình" (document names, the sidebar's title) */
  title: (u: Unit) => `${UNIT_KIND_LABELS[u.kind]} ${blank(u.name)}`,
  /** "UBND phường Hòa Bình" */
  committee: (u: Unit) => `UBND ${word(u.kind)} ${blank(u.name)}`,
  /** "UBND phường" (no name: "Chủ tịch UBND phường") */
  committeeShort: (u: Unit) => `UBND ${word(u.kind)}`,
  /** The report header's second line: "PHƯỜNG HÒA BÌNH". */
  header: (u: Unit) => `${word(u.kind)} ${blank(u.name)}`.toUpperCase(),
  /** "tỉnh Minh An" */
  province: (u: Unit) => provinceName(u.province),
  /** Cơ quan thẩm định as typed, else the province's council. */
  appraisalBody: (u: Unit) => u.appraisalBody || `Hội đồng thẩm định Chỉ số CCHC ${provinceName(u.province)}`,
  /** Who advises the committee on CCHC: Thông tin chung, else Phân công's officials of the first area. */
  office: (u: Unit, firstAreaNames: string) =>
    u.office || (firstAreaNames ? `công chức phụ trách CCHC (${firstAreaNames})` : 'bộ phận tham mưu CCHC'),
  /** "Xã Cao An, huyện Cẩm Giàng, tỉnh Hải Dương" (the huyện only when an old file has it). */
  place: (u: Unit) =>
    [
      u.name && `${UNIT_KIND_LABELS[u.kind]} ${u.name}`,
      u.district && `huyện ${u.district}`,
      u.province && provinceName(u.province),
    ]
      .filter(Boolean)
      .join(', '),
  /** Nơi nhận of the unit's reports: the province's bodies, then the unit's own. */
  recipients: (u: Unit) => [
    `- Sở Nội vụ ${provinceName(u.province)};`,
    `- ${unitText.appraisalBody(u)};`,
    `- Thường trực Đảng ủy, HĐND ${word(u.kind)};`,
    `- Cán bộ, công chức ${word(u.kind)};`,
    '- Lưu: VP.',
  ],
  /** The default of Cơ quan thẩm định shown as the row's hint. */
  appraisalHint: 'Để trống: “Hội đồng thẩm định Chỉ số CCHC tỉnh (thành phố) …” theo Tỉnh / thành phố.',
  kindHint: 'Chọn Xã, Phường hoặc Đặc khu: mọi báo cáo ghi theo loại đơn vị này.',
} as const;
