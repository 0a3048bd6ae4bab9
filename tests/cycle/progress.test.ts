/** Deadlines and what is left per official, on the sample with gaps made on purpose. */
import { daysUntil, progressByOfficial, readDeadlines, remainingTasks } from '../../src/core/cycle/progress';
import { scoreWorkbook } from '../../src/core/pipeline';
import { sampleGrids } from '../../src/core/sample/caoAn2023';
import { setCell } from '../core/helpers';
import { sampleAssignments } from '../report/helpers';

/** The sample, with 2.1 emptied, 2.2 given text in a number cell, 3.2's evidence removed, 3.5 disputed in lần 1. */
function withGaps() {
  const grids = sampleGrids();
  for (const key of ['a', 'b', 'value', 'na'] as const) setCell(grids, '2.1', key, '');
  setCell(grids, '2.2', 'a', 'mười');
  setCell(grids, '3.2', 'evidence', '');
  setCell(grids, '3.2', 'explanation', '');
  setCell(grids, '3.5', 'appraisal1', 1);
  return scoreWorkbook(grids);
}

describe('deadlines', () => {
  it('reads Hạn tự đánh giá and the optional others; a text that is not a date is kept to be reported', () => {
    const d = readDeadlines({
      selfDeadline: '10/01/2024',
      responseDeadline: 'cuối tháng',
      finalDeadline: new Date(Date.UTC(2024, 0, 24, 17)),
    });
    expect(d.map((x) => [x.key, x.label, x.date, x.invalidText])).toEqual([
      ['selfDeadline', 'Hạn tự đánh giá', { year: 2024, month: 1, day: 10 }, ''],
      ['appraisal1Deadline', 'Hạn thẩm định lần 1', null, ''],
      ['responseDeadline', 'Hạn giải trình', null, 'cuối tháng'],
      ['finalDeadline', 'Hạn thẩm định cuối cùng', { year: 2024, month: 1, day: 25 }, ''], // 17:00 UTC is 00:00 in Việt Nam
    ]);
  });

  it('counts calendar days across months and years; past deadlines are negative', () => {
    const deadline = { year: 2024, month: 1, day: 10 };
    expect(daysUntil(deadline, { year: 2023, month: 12, day: 25 })).toBe(16);
    expect(daysUntil(deadline, { year: 2024, month: 1, day: 10 })).toBe(0);
    expect(daysUntil(deadline, { year: 2024, month: 1, day: 12 })).toBe(-2);
    expect(daysUntil({ year: 2024, month: 3, day: 1 }, { year: 2024, month: 2, day: 28 })).toBe(2); // leap year
  });
});

describe('what is left per official', () => {
  it('lists each gap once, of the right kind, for the official of the area', () => {
    const result = withGaps();
    const tasks = remainingTasks(result, sampleAssignments());
    const pick = (code: string) => tasks.filter((t) => t.code === code).map((t) => t.kind);
    expect(pick('2.1')).toEqual(['notEntered']);
    expect(pick('2.2')).toEqual(['error']);
    expect(pick('3.2')).toEqual(['noEvidence']);
    expect(pick('3.5')).toEqual(['responseDue']);
    expect(pick('2.4')).toEqual([]); // không phát sinh with an explanation: nothing left
    const t21 = tasks.find((t) => t.code === '2.1')!;
    expect(t21.official).toBe(sampleAssignments()['2']);
    expect(t21.sheet).toBe('2. Cải cách thể chế');
    expect(result.criteria.find((c) => c.code === '2.1')!.row).toBe(t21.row);
  });

  it('counts per official add up to the tasks; the clean sample leaves only what it really lacks', () => {
    const result = withGaps();
    const assignments = sampleAssignments();
    const tasks = remainingTasks(result, assignments);
    const progress = progressByOfficial(result, assignments);
    for (const p of progress) {
      for (const kind of ['notEntered', 'error', 'noEvidence', 'responseDue'] as const) {
        expect(p.counts[kind]).toBe(tasks.filter((t) => t.official === p.official && t.kind === kind).length);
      }
    }
    const tp = progress.find((p) => p.official === assignments['2'])!;
    expect(tp.areas).toContain('2');
    expect(tp.counts.notEntered).toBeGreaterThanOrEqual(1);

    const clean = scoreWorkbook(sampleGrids());
    const cleanTasks = remainingTasks(clean, assignments);
    expect(cleanTasks.every((t) => t.kind === 'noEvidence')).toBe(true);
    const noneLevel = clean.criteria
      .filter((c) => c.entered && c.status === 'scored' && c.evidenceLevel === 'none')
      .map((c) => c.code);
    expect(cleanTasks.map((t) => t.code)).toEqual(noneLevel);
  });
});
