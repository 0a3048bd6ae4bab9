/**
 * The evidence pack for the appraisal council: every criterion the unit must support with tài liệu
 * kiểm chứng (its area, code, name, official), its documents (name, link, date added, by whom), the
 * criteria without evidence with their giải trình, and a summary per area. The criteria are those
 * evidenceCompleteness counts (leaves scored or unscored, survey areas left out); they agree on every
 * cell that names a document.
 *
 * Documents come from the evidence cells. Upload records (the sidebar's upload log) only add what a
 * cell cannot say — when and by whom a file was added — and list the files uploaded for a criterion
 * whose link is not in its cell. Without records those columns stay blank.
 */
import { assessedLeaves } from '../cycle/evidence';
import { evidenceLevel, type EvidenceLevel } from '../entries';
import type { CriterionResult, WorkbookResult } from '../pipeline';
import { assigneeFor, type Assignments } from '../report/assignments';
import { evidenceText } from '../report/evidenceLink';
import type { UploadRecord } from './uploadLog';

/** What an upload record tells the pack, its time already written the shell's way. */
export interface PackUpload {
  /** When the file was added, as the pack prints it ('' when unknown). */
  at: string;
  by: string;
  criterionCode: string;
  fileName: string;
  fileId: string;
  url: string;
}

/** The upload log's records for the pack; `formatAt` writes a time in the unit's zone (the shell knows how). */
export function packUploads(records: readonly UploadRecord[], formatAt: (at: Date) => string): PackUpload[] {
  return records.map((r) => ({
    at: r.at ? formatAt(r.at) : '',
    by: r.by,
    criterionCode: r.criterionCode,
    fileName: r.fileName,
    fileId: r.fileId,
    url: r.url,
  }));
}

export interface PackDocument {
  name: string;
  /** '' when the reference has no address (a document number, a paper file). */
  url: string;
  addedAt: string;
  addedBy: string;
  /** false: uploaded for this criterion but its link is not in the evidence cell. */
  inCell: boolean;
}

export interface PackCriterion {
  areaCode: string;
  areaTitle: string;
  code: string;
  title: string;
  /** Phân công's officials of the area (the row's owner when named there), else the row's owner. */
  official: string;
  sheet: string | null;
  row: number | null;
  documents: PackDocument[];
  /** Giải trình (why there is no evidence, or why the score is below the maximum). */
  explanation: string;
  /** Giải trình sau thẩm định lần 1. */
  response: string;
  level: EvidenceLevel;
}

export interface PackAreaSummary {
  /** null: the whole index. */
  areaCode: string | null;
  title: string;
  /** Phân công's officials of the area ('' for the whole index, or when nobody is named). */
  official: string;
  criteria: number;
  withEvidence: number;
  explanationOnly: number;
  none: number;
  documents: number;
}

export interface EvidencePack {
  criteria: PackCriterion[];
  /** Criteria without a document in their cell (with or without giải trình), in catalogue order. */
  missing: PackCriterion[];
  areas: PackAreaSummary[];
  overall: PackAreaSummary;
}

/** Any address, up to a space or a ';' (the separator between references). */
const URL_RE = /(?:https?:\/\/|www\.)[^\s()<>[\]";]+/giu;

/**
 * The references of one evidence cell: one per line or ';'-separated part, and one per address when a
 * part holds several (each address named by the text before it). A cell starting with "=" (a pasted
 * formula) is one reference, its text as typed and no link; a leading "-" or "+" is a list's bullet.
 */
export function cellReferences(cell: string): { name: string; url: string }[] {
  const text = cell.trim();
  if (!text) return [];
  if (text.startsWith('=')) return [{ name: text, url: '' }];
  // An address ends at ';' too (URL_RE), so every ';' separates references.
  const parts = text.split(/\r?\n|;/u);
  return parts.flatMap(partReferences);
}

function partReferences(raw: string): { name: string; url: string }[] {
  // A list's bullets ("- Kế hoạch …", "+ Báo cáo …") are not part of the name.
  const part = raw.replace(/^[\s\-–—+•*]+/u, '');
  const matches = [...part.matchAll(URL_RE)];
  if (matches.length <= 1) {
    const e = evidenceText(part);
    return e.text || e.url ? [{ name: e.text, url: e.url }] : [];
  }
  // "Biên bản https://a Quyết định https://b": each address with the text before it (else after it).
  return matches.map((m, i) => {
    const start = i === 0 ? 0 : matches[i - 1].index! + matches[i - 1][0].length;
    const before = part.slice(start, m.index!);
    const end = i + 1 < matches.length ? matches[i + 1].index! : part.length;
    const after = i + 1 === matches.length && !before.trim() ? part.slice(m.index! + m[0].length, end) : '';
    const e = evidenceText(`${before} ${m[0]} ${after}`);
    return { name: e.text, url: e.url };
  });
}

/** A Drive link names its file by id (/d/<id>, ?id=<id>, /folders/<id>). */
function sameFile(url: string, upload: PackUpload): boolean {
  if (upload.url && url === upload.url) return true;
  if (!upload.fileId || upload.fileId.length < 10) return false;
  return new RegExp(`(?:/d/|[?&]id=|/folders/)${upload.fileId.replace(/[^\w-]/g, '')}(?:[/?&#]|$)`).test(url);
}

function documentsOf(c: CriterionResult, uploads: readonly PackUpload[]): PackDocument[] {
  const mine = uploads.filter((u) => u.criterionCode === c.code);
  const used = new Set<PackUpload>();
  const docs: PackDocument[] = cellReferences(c.evidence).map((ref) => {
    // A link may also have been uploaded under another criterion (one file supporting two).
    const record = ref.url
      ? (mine.find((u) => sameFile(ref.url, u)) ?? uploads.find((u) => sameFile(ref.url, u)))
      : undefined;
    if (record) used.add(record);
    return { name: ref.name, url: ref.url, addedAt: record?.at ?? '', addedBy: record?.by ?? '', inCell: true };
  });
  for (const u of mine)
    if (!used.has(u) && !docs.some((d) => d.url && sameFile(d.url, u)))
      docs.push({ name: u.fileName, url: u.url, addedAt: u.at, addedBy: u.by, inCell: false });
  return docs;
}

function summary(areaCode: string | null, title: string, official: string, list: PackCriterion[]): PackAreaSummary {
  return {
    areaCode,
    title,
    official,
    criteria: list.length,
    withEvidence: list.filter((c) => c.level === 'evidence').length,
    explanationOnly: list.filter((c) => c.level === 'explanation').length,
    none: list.filter((c) => c.level === 'none').length,
    documents: list.reduce((n, c) => n + c.documents.filter((d) => d.inCell).length, 0),
  };
}

export function buildEvidencePack(
  result: WorkbookResult,
  assignments: Assignments,
  uploads: readonly PackUpload[] = [],
): EvidencePack {
  const areas = result.areas.filter((a) => a.role !== 'survey');
  const titles = new Map(areas.map((a) => [a.code, a.title]));
  const criteria: PackCriterion[] = assessedLeaves(result.criteria)
    .filter((c) => titles.has(c.areaCode))
    .map((c) => {
      const documents = documentsOf(c, uploads);
      return {
        areaCode: c.areaCode,
        areaTitle: titles.get(c.areaCode)!,
        code: c.code,
        title: c.title,
        official: assigneeFor(assignments, c.areaCode, c.owner),
        sheet: c.sheet,
        row: c.row,
        documents,
        explanation: c.explanation,
        response: c.response,
        // A cell left with separators only (";", "-") names no document: the council sees none.
        level: evidenceLevel(documents.some((d) => d.inCell) ? 'x' : '', c.explanation),
      };
    });
  return {
    criteria,
    missing: criteria.filter((c) => c.level !== 'evidence'),
    areas: areas.map((a) =>
      summary(
        a.code,
        a.title,
        assigneeFor(assignments, a.code, ''),
        criteria.filter((c) => c.areaCode === a.code),
      ),
    ),
    overall: summary(null, '', '', criteria),
  };
}
