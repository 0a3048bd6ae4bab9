/** The end of the report: Nơi nhận and the signature (one borderless block), then the appendix. */
import { formatDateParts, formatPoints } from '../format';
import { reportText as t, SELF_ASSESSMENT_TEXT } from '../text';
import { col, line, para, table } from './blocks';
import { ReportContext } from './context';
import type { Block } from './model';
import { appendixRows } from './sections';

export function signatureBlock(ctx: ReportContext): Block {
  return {
    kind: 'signature',
    left: [
      line('recipientsTitle', t.recipientsTitle),
      ...t.recipients(ctx.info.unit).map((r) => line('recipients', r)),
    ],
    right: [
      line('signerTitle', t.signerOnBehalf),
      line('signerRole', t.signerRole),
      line('signerName', ctx.info.chairman),
    ],
  };
}

/** The KPS points and the maximum the index is computed on, when some criteria did not arise. */
export function naPart(index: { max: number; applicableMax: number }): [string, string] | [] {
  return index.applicableMax < index.max
    ? [formatPoints(index.max - index.applicableMax), formatPoints(index.applicableMax)]
    : [];
}

export function appendixBlocks(ctx: ReportContext): Block[] {
  const { info, result } = ctx;
  const d = info.reportDate;
  const c = t.appendixColumns;
  // Widths as shares (normalised by table()): "1.1.1" and "Điểm" must fit on one line of their columns.
  const columns = [col(c.code, 8, 'center'), col(c.title, 27), col(c.max, 9.5, 'center'), col(c.points, 9.5, 'center')];
  if (result.appraisal) columns.push(col(c.appraisal, 9.5, 'center'));
  columns.push(col(c.evidence, 18), col(SELF_ASSESSMENT_TEXT.headers.explanation, 18));
  return [
    { kind: 'pageBreak' },
    para('appendixTitle', t.appendixTitle),
    para('appendixTitle', t.appendixSubject(info.year)),
    para('appendixNote', t.appendixRef(info.reportNumber, formatDateParts(d.year, d.month, d.day), info.unit)),
    table('appendix', columns, appendixRows(ctx)),
    para('tableNote', t.appendixNote(result.catalogue.notice, ...naPart(result.index))),
  ];
}
