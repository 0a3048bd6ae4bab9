/**
 * The province's announcement of the ranking (Thông báo, Decree 30 layout): the same Block list the
 * year-end report uses, so the existing .docx renderer lays it out. Holds the ranking table, the
 * counts per group and rating, the highest and lowest units, and plain notes on mixed catalogues,
 * duplicates and units with errors. Pure: "today" is passed in.
 */
import { formatDecreeDate, formatPercent2, formatPoints } from '../format';
import { body, col, heading, line, para, rule, run, table } from '../report/blocks';
import type { DateParts } from '../report/dates';
import { RULE_SPACES } from '../report/layout';
import type { Block } from '../report/model';
import { reportText, ROLLUP_OFFLINE_TEXT, ROLLUP_TEXT } from '../text';
import { extremes, Ranking } from './rank';
import { rankingYear, rankingProvince } from './summary';

export interface Announcement {
  documentName: string;
  /** Who issues it, for the document's properties. */
  issuerName: string;
  blocks: Block[];
}

export function buildAnnouncement(ranking: Ranking, today: DateParts): Announcement {
  const T = { ...ROLLUP_TEXT, ...ROLLUP_OFFLINE_TEXT };
  const year = rankingYear(ranking);
  const province = rankingProvince(ranking);
  const c = T.tableColumns;
  const rankingTable = table(
    'ranking',
    [
      col(c.stt, 8, 'center'),
      col(c.unit, 24),
      col(c.self, 11, 'center'),
      col(c.appraised, 11, 'center'),
      col(c.index, 11, 'center'),
      col(c.rank, ranking.mixedCatalogues ? 14 : 10, 'center'),
      col(c.rating, 21),
    ],
    ranking.units.map((u, i) => ({
      cells: [
        String(i + 1),
        u.name || u.source,
        formatPoints(u.selfPoints),
        u.appraisedPoints === null ? '' : formatPoints(u.appraisedPoints),
        formatPercent2(u.percent),
        ranking.mixedCatalogues ? `${u.rankText} (${ranking.catalogues[u.catalogue].letter})` : u.rankText,
        u.rating || u.group,
      ],
    })),
  );
  const h = T.countsHeaders;
  const countRows = [
    ...ranking.groups.map((g) => ({ cells: [T.countKindGroup, g.label, String(g.count)] })),
    ...ranking.ratings.map((g) => ({ cells: [T.countKindRating, g.label, String(g.count)] })),
  ];
  const { highest, lowest } = extremes(ranking);
  const names = (list: typeof highest) => list.map((u) => u.name || u.source).join(', ');
  const average =
    ranking.units.length > 0 ? Math.round(ranking.units.reduce((s, u) => s + u.percent, 0) / ranking.units.length) : 0;

  const notes: Block[] = [];
  if (ranking.mixedCatalogues) {
    notes.push(body(T.mixedCatalogues(ranking.catalogues.length)));
    for (const k of ranking.catalogues) notes.push(body(T.catalogueLabel(k.letter, k.name, k.fingerprint, k.units)));
  }
  for (const d of ranking.duplicates) notes.push(body(T.duplicate(d.name, d.sources)));
  for (const u of ranking.withErrors) notes.push(body(T.unitErrors(u.name || u.source, u.errors)));

  const blocks: Block[] = [
    {
      kind: 'header',
      left: [
        line('issuer', T.issuerParent(province)),
        line('issuer', T.issuer),
        rule(RULE_SPACES.issuer),
        line('docNumber', T.docNumber),
      ],
      right: [
        line('nationalTitle', reportText.nationalTitle),
        line('motto', run(reportText.motto, { underline: true })),
        line('placeDate', T.placeDate(province, formatDecreeDate(today.year, today.month, today.day))),
      ],
    },
    para('docType', T.docType),
    para('subject', T.subject(year)),
    { kind: 'paragraph', ...rule(RULE_SPACES.subject) },
    body(T.intro(year, ranking.units.length)),
    body(T.precedence),
    heading(1, T.sectionRanking),
    rankingTable,
    heading(1, T.sectionCounts),
    table('counts', [col(h.kind, 25), col(h.label, 50), col(h.count, 25, 'center')], countRows),
    heading(1, T.sectionTopBottom),
    ...(highest.length > 0
      ? [
          body(T.highest(names(highest), formatPercent2(highest[0].percent))),
          body(T.lowest(names(lowest), formatPercent2(lowest[0].percent))),
          body(T.average(formatPercent2(average))),
        ]
      : []),
    ...(notes.length > 0 ? [heading(1, T.sectionNotes), ...notes] : []),
    body(T.closing),
    {
      kind: 'signature',
      left: [line('recipientsTitle', T.recipientsTitle), ...T.recipients.map((r) => line('recipients', r))],
      right: [line('signerRole', T.signerRole), line('signerName', '')],
    },
  ];
  return { documentName: T.documentName(year, province), issuerName: T.issuerName(province), blocks };
}
