/** The top of the report: the two-column header block, the title, the "Căn cứ". */
import { formatDecreeDate } from '../format';
import { reportText as t } from '../text';
import { line, para, rule, run } from './blocks';
import { planDateText, ReportContext } from './context';
import { RULE_SPACES } from './layout';
import type { Block } from './model';

export function headerBlock(ctx: ReportContext): Block {
  const { info } = ctx;
  const d = info.reportDate;
  return {
    kind: 'header',
    left: [
      line('issuer', t.issuerParent),
      line('issuer', t.issuer(info.unit)),
      rule(RULE_SPACES.issuer),
      line('docNumber', t.docNumber(info.reportNumber)),
    ],
    right: [
      line('nationalTitle', t.nationalTitle),
      line('motto', run(t.motto, { underline: true })),
      line('placeDate', t.placeDate(info.commune, formatDecreeDate(d.year, d.month, d.day))),
    ],
  };
}

/** "BÁO CÁO", the subject, and the short line under it. */
export function titleLines(subject: string): Block[] {
  return [para('docType', t.docType), para('subject', subject), { kind: 'paragraph', ...rule(RULE_SPACES.subject) }];
}

export function titleBlocks(ctx: ReportContext): Block[] {
  const { info, result } = ctx;
  return [
    ...titleLines(t.subject(info.year)),
    para('body', t.basisPlan(info.planNumber, planDateText(ctx), info.unit, info.year)),
    para('body', t.basisScores(info.year, result.catalogue.name)),
    para('body', t.basisClosing(info.unit)),
  ];
}
