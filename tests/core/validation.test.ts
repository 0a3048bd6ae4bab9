import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { cellRules, NA_MARK } from '../../src/core/validation';
import { criterionSpec } from './helpers';

describe('cellRules: which check goes on which cell, decided once for both shells', () => {
  it('by kind: a/b and counts whole, Có/Không and status lists, checklist items, hand points 0 … max', () => {
    expect(cellRules(criterionSpec('1.1', 'ratio', '= 100%: 1; còn lại: 0', 1))).toMatchObject({
      a: { kind: 'whole' },
      b: { kind: 'whole' },
    });
    expect(cellRules(criterionSpec('1.1', 'count', '≥ 1: 1', 1)).value).toEqual({ kind: 'whole' });
    expect(cellRules(criterionSpec('1.1', 'yesno', 'Có: 1; Không: 0', 1)).value).toEqual({
      kind: 'list',
      values: ['Có', 'Không'],
      purpose: 'yesno',
    });
    expect(cellRules(criterionSpec('1.1', 'status', 'Kịp thời: 1; Chậm: 0', 1)).value).toEqual({
      kind: 'list',
      values: ['Kịp thời', 'Chậm'],
      purpose: 'status',
    });
    expect(cellRules(criterionSpec('1.1', 'checklist', 'Đài: 0,5; Loa: 0,5', 1)).value).toEqual({
      kind: 'checklist',
      items: ['Đài', 'Loa'],
    });
    expect(cellRules(criterionSpec('1.1', 'manual', '', 2.5)).value).toEqual({ kind: 'points', max: 2.5 });
  });

  it('every leaf: Không phát sinh is a list of the mark where allowed and must stay empty elsewhere; evidence a link; appraisal points', () => {
    const allowed = cellRules(criterionSpec('1.1', 'count', '≥ 1: 1', 1, { naAllowed: true }));
    expect(allowed.na).toEqual({ kind: 'list', values: [NA_MARK], purpose: 'na' });
    const forbidden = cellRules(criterionSpec('1.1', 'count', '≥ 1: 1', 3));
    expect(forbidden).toMatchObject({
      na: { kind: 'empty' },
      evidence: { kind: 'link' },
      appraisal: { kind: 'points', max: 3 },
    });
  });

  it('no rule where nothing is typed (groups, retired rows) nor for a status whose rule cannot be read', () => {
    expect(cellRules(criterionSpec('1.1', 'group', '', 2))).toEqual({});
    expect(cellRules(criterionSpec('1.1', 'retired', '', 0))).toEqual({});
    expect(cellRules(criterionSpec('1.1', 'status', 'không đọc được', 1)).value).toBeUndefined();
  });

  it('covers every leaf of the default catalogue', () => {
    const leaves = DEFAULT_CATALOGUE.areas
      .flatMap((a) => a.criteria)
      .filter((c) => c.kind !== 'group' && c.kind !== 'retired');
    for (const c of leaves)
      expect(Object.keys(cellRules(c)).sort()).toEqual(expect.arrayContaining(['appraisal', 'evidence', 'na']));
  });
});
