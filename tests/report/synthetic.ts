/** A synthetic catalogue of 7 areas × N criteria, filled, to show that costs do not grow with N. */
import type { CatalogueSpec, CriterionSpec } from '../../src/core/catalog/types';
import type { RowInput } from '../../src/core/entries';
import { scoreWorkbook, WorkbookResult } from '../../src/core/pipeline';
import { SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import { assignmentGrid, workbookGrids } from '../../src/core/template';
import { readAssignments } from '../../src/core/report';

export function syntheticSpec(perArea: number): CatalogueSpec {
  const areas = Array.from({ length: 7 }, (_, i) => {
    const code = String(i + 1);
    const criteria: CriterionSpec[] = Array.from({ length: perArea }, (_, j) => ({
      code: `${code}.${j + 1}`,
      title: `Tiêu chí thử ${code}.${j + 1}: tỷ lệ hồ sơ đạt yêu cầu / tổng hồ sơ`,
      maxPoints: 1,
      kind: 'ratio' as const,
      rule: '= 100%: 1; ≥ 80%: 0,5; còn lại: 0',
      target: j % 3 === 0 ? '≥ 90%' : undefined,
    }));
    return { code, title: `Lĩnh vực thử ${code}`, tabName: `${code}. Lĩnh vực thử`, maxPoints: perArea, criteria };
  });
  return {
    name: 'Bộ tiêu chí thử',
    notice: '',
    groups: '≥ 90%: Nhóm 1; ≥ 80%: Nhóm 2; còn lại: Nhóm 3',
    ratings:
      '≥ 90% và mọi lĩnh vực ≥ 70%: Hoàn thành xuất sắc; ≥ 80%: Hoàn thành tốt; ≥ 50%: Hoàn thành; còn lại: Không hoàn thành',
    areas,
  };
}

/**
 * Varied entries: full marks, 80–99%, below 80%; some without evidence; every loss explained. With
 * `evidenceUrls`, some evidence is a bare Drive link (the report's "Liên kết") and some a name with one.
 */
export function syntheticResult(
  perArea: number,
  { evidenceUrls = false }: { evidenceUrls?: boolean } = {},
): { result: WorkbookResult; assignments: Record<string, string> } {
  const spec = syntheticSpec(perArea);
  const evidenceOf = (name: string, url: string) =>
    !evidenceUrls ? name : name.endsWith('1/UBND') || url.length % 2 ? url : `${name} – ${url}`;
  const entries: Record<string, Partial<RowInput>> = {};
  spec.areas.forEach((a, i) =>
    a.criteria.forEach((c, j) => {
      const k = (i * perArea + j) % 5;
      const done = [20, 19, 17, 10, 20][k];
      entries[c.code] = {
        a: done,
        b: 20,
        owner: `Công chức ${a.code}`,
        evidence:
          k === 4 ? '' : evidenceOf(`Văn bản số ${j + 1}/UBND`, `https://drive.google.com/file/d/s${i}x${j}/view`),
        explanation: done < 20 ? `Chưa hoàn thành ${20 - done} hồ sơ.` : '',
      };
    }),
  );
  const result = scoreWorkbook(workbookGrids(spec, SAMPLE_INFO, entries));
  const assignments = readAssignments(
    assignmentGrid(
      spec,
      Object.fromEntries(spec.areas.map((a) => [a.code, { names: `Công chức phụ trách lĩnh vực ${a.code}` }])),
    ).values,
  );
  return { result, assignments };
}
