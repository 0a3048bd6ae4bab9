/**
 * The appraisal rounds: self-assessment → lần 1 (the province's first appraisal) → giải trình of the
 * disputed criteria → final appraisal (lần 2). A round left blank keeps the previous round's points
 * (score.ts: firstRoundPoints, appraisedPoints), so each round is typed only where it differs.
 */
import type { CriterionResult, WorkbookResult } from '../pipeline';
import type { Milli } from '../points';
import { appraisedPoints, firstRoundPoints, type IndexScore } from '../score';

export interface AppraisalGap {
  code: string;
  title: string;
  areaCode: string;
  self: Milli;
  appraisal: Milli;
  /** self − appraisal, > 0 */
  lost: Milli;
  /** The district's reason (Ghi chú thẩm định, else that of lần 1), '' when not typed. */
  note: string;
}

/** Leaf criteria whose final appraisal is below the self score, most points first. */
export function appraisalGaps(result: WorkbookResult): AppraisalGap[] {
  return result.criteria
    .filter((c) => c.status === 'scored' && appraisedPoints(c) < c.points)
    .map((c) => ({
      code: c.code,
      title: c.title,
      areaCode: c.areaCode,
      self: c.points,
      appraisal: appraisedPoints(c),
      lost: c.points - appraisedPoints(c),
      note: c.appraisalNote || c.appraisal1Note,
    }))
    .sort((a, b) => b.lost - a.lost || (a.code < b.code ? -1 : 1));
}

/** One criterion through the rounds. */
export interface CriterionRounds {
  code: string;
  title: string;
  areaCode: string;
  sheet: string | null;
  row: number | null;
  owner: string;
  self: Milli;
  first: Milli;
  final: Milli;
  firstNote: string;
  finalNote: string;
  response: string;
  /** Lần 1 gave fewer points than the self score: the unit may explain (giải trình). */
  disputed: boolean;
}

/** Disputed in lần 1: a scored leaf whose first-round points are below its self score. */
export function isDisputed(c: CriterionResult): boolean {
  return c.status === 'scored' && c.appraisal1 !== null && c.appraisal1 < c.points;
}

/** Every leaf whose points moved in some round, or that was disputed, in catalogue order. */
export function criterionRounds(result: WorkbookResult): CriterionRounds[] {
  return result.criteria
    .filter((c) => c.status === 'scored' || c.status === 'unscored')
    .filter(
      (c) => isDisputed(c) || firstRoundPoints(c) !== c.points || appraisedPoints(c) !== c.points || c.response !== '',
    )
    .map((c) => ({
      code: c.code,
      title: c.title,
      areaCode: c.areaCode,
      sheet: c.sheet,
      row: c.row,
      owner: c.owner,
      self: c.points,
      first: firstRoundPoints(c),
      final: appraisedPoints(c),
      firstNote: c.appraisal1Note,
      finalNote: c.appraisalNote,
      response: c.response,
      disputed: isDisputed(c),
    }));
}

/** Disputed criteria still without a giải trình. */
export function responsesDue(result: WorkbookResult): CriterionRounds[] {
  return criterionRounds(result).filter((c) => c.disputed && c.response === '');
}

/** The index through the rounds; a round nobody typed is null. */
export interface IndexRounds {
  self: IndexScore;
  first: IndexScore | null;
  final: IndexScore | null;
}

export function indexRounds(result: WorkbookResult): IndexRounds {
  return { self: result.index, first: result.appraisal1?.index ?? null, final: result.appraisal?.index ?? null };
}

/** An area's points through the rounds (null for a round nobody typed). */
export function areaRounds(
  result: WorkbookResult,
  areaCode: string,
): { self: Milli; first: Milli | null; final: Milli | null } {
  const self = result.areas.find((a) => a.code === areaCode)?.points ?? 0;
  const first = result.appraisal1?.areas.find((a) => a.code === areaCode)?.points ?? null;
  const final = result.appraisal?.areas.find((a) => a.code === areaCode)?.points ?? null;
  return { self, first, final };
}
