import { msg } from '../../../src/core/text';
import { buildCatalogue, compareCodes, flattenArea, parentCodeOf } from '../../../src/core/catalog/build';
import type { CatalogueProblem } from '../../../src/core/catalog/build';
import { catalogueSpec, cloneDefault, criterionSpec as cs, leaf } from '../helpers';

/** The problems about one code, as [severity, field, message]. */
const about = (problems: CatalogueProblem[], code: string | null) =>
  problems.filter((p) => p.code === code).map((p) => [p.severity, p.field, p.message]);

describe('a well-formed catalogue', () => {
  const { catalogue, problems } = buildCatalogue(
    catalogueSpec({
      '1': [
        // Rows may come in any order; children are linked and sorted by code.
        cs('1.10', 'yesno', 'Có: 1', 1),
        cs('1.2.2', 'ratio', 'tỷ lệ × 1', 1),
        cs('1.2', 'group', '', 2),
        cs('1.2.1', 'count', '= 0: 1; còn lại: 0', 1),
        cs('1.9', 'manual', '', 1),
      ],
    }),
  );

  it('has no problems', () => expect(problems).toEqual([]));

  it('links parents and children, in numeric code order', () => {
    const area = catalogue.areas[0];
    expect(area.criteria.map((c) => c.code)).toEqual(['1.2', '1.9', '1.10']);
    expect(area.criteria[0].children.map((c) => c.code)).toEqual(['1.2.1', '1.2.2']);
    expect(catalogue.byCode.get('1.2.1')!.parentCode).toBe('1.2');
    expect(catalogue.byCode.get('1.2')!.parentCode).toBeNull();
    expect(flattenArea(area).map((c) => c.code)).toEqual(['1.2', '1.2.1', '1.2.2', '1.9', '1.10']);
  });

  it('keeps maxima in milli-points', () => {
    expect(catalogue.areas[0].max).toBe(4000);
    expect(catalogue.byCode.get('1.2')!.max).toBe(2000);
  });
});

describe('code helpers', () => {
  it('orders codes numerically by segment', () => {
    expect(['1.10', '1.9', '1.2.1', '1.2', '10', '2'].sort(compareCodes)).toEqual([
      '1.2',
      '1.2.1',
      '1.9',
      '1.10',
      '2',
      '10',
    ]);
    expect(parentCodeOf('3.1.2')).toBe('3.1');
    expect(parentCodeOf('3')).toBe('');
  });
});

describe('faults, located by code and field', () => {
  it('a duplicate criterion code', () => {
    const { problems } = buildCatalogue(
      catalogueSpec({ '1': [cs('1.1', 'yesno', 'Có: 1', 1), cs('1.1', 'yesno', 'Có: 1', 1)] }),
    );
    expect(about(problems, '1.1')).toContainEqual([
      'error',
      'code',
      'Mã 1.1 bị trùng. Mỗi tiêu chí phải có một mã riêng; sửa hoặc xóa dòng trùng.',
    ]);
  });

  it('a duplicate area', () => {
    const spec = catalogueSpec({ '1': [cs('1.1', 'yesno', 'Có: 1', 1)] });
    spec.areas.push(structuredClone(spec.areas[0]));
    const { problems } = buildCatalogue(spec);
    expect(about(problems, '1')).toContainEqual([
      'error',
      'code',
      'Lĩnh vực 1 xuất hiện ở nhiều bảng. Mỗi lĩnh vực chỉ một bảng.',
    ]);
  });

  it('children whose maxima exceed the parent', () => {
    const { problems } = buildCatalogue(
      catalogueSpec({
        '1': [cs('1.1', 'group', '', 2), cs('1.1.1', 'yesno', 'Có: 2', 2), cs('1.1.2', 'yesno', 'Có: 1', 1)],
      }),
    );
    expect(about(problems, '1.1')).toEqual([
      [
        'error',
        'maxPoints',
        'Tổng điểm tối đa các tiêu chí con của 1.1 là 3, vượt điểm tối đa 2 của nó. Sửa điểm tối đa.',
      ],
    ]);
  });

  it("children whose maxima fall short of the parent (error: the parent's maximum stands, the gap counts 0)", () => {
    const { problems } = buildCatalogue(
      catalogueSpec({ '1': [cs('1.1', 'group', '', 2), cs('1.1.1', 'yesno', 'Có: 1,5', 1.5)] }),
    );
    expect(about(problems, '1.1')).toEqual([['error', 'maxPoints', msg.childrenBelowParent('1.1', 1.5, 2)]]);
  });

  it('a group without children and a leaf with children', () => {
    const { problems } = buildCatalogue(
      catalogueSpec({
        '1': [cs('1.1', 'group', '', 1), cs('1.2', 'yesno', 'Có: 1', 1), cs('1.2.1', 'yesno', 'Có: 1', 1)],
      }),
    );
    expect(about(problems, '1.1')).toEqual([
      ['error', 'kind', 'Tiêu chí nhóm 1.1 không có tiêu chí con. Thêm tiêu chí con hoặc đổi loại.'],
    ]);
    expect(about(problems, '1.2')).toEqual([
      ['error', 'kind', 'Tiêu chí 1.2 có tiêu chí con nên phải có loại “Nhóm (tổng tiêu chí con)”.'],
    ]);
  });

  it('a child whose parent is missing', () => {
    const { problems } = buildCatalogue(
      catalogueSpec({ '1': [cs('1.1', 'yesno', 'Có: 1', 1), cs('1.3.1', 'yesno', 'Có: 1', 1)] }),
    );
    expect(about(problems, '1.3.1')).toEqual([
      ['error', 'code', 'Tiêu chí 1.3.1 không có tiêu chí cha 1.3 trong cùng lĩnh vực. Thêm dòng 1.3 hoặc sửa mã.'],
    ]);
  });

  it('a malformed code and a code of another area', () => {
    const { problems, catalogue } = buildCatalogue(
      catalogueSpec({
        '1': [cs('1.a', 'yesno', 'Có: 1', 1), cs('2.1', 'yesno', 'Có: 1', 1), cs('1', 'yesno', 'Có: 1', 1)],
      }),
    );
    expect(about(problems, '1.a')).toEqual([
      ['error', 'code', 'Mã “1.a” không đúng dạng số có dấu chấm (ví dụ 3.1.2).'],
    ]);
    expect(about(problems, '2.1')).toEqual([
      ['error', 'code', 'Mã 2.1 không thuộc lĩnh vực 1 của bảng này. Chuyển dòng sang đúng bảng hoặc sửa mã.'],
    ]);
    expect(about(problems, '1')).toContainEqual([
      'error',
      'code',
      'Mã 1 không thuộc lĩnh vực 1 của bảng này. Chuyển dòng sang đúng bảng hoặc sửa mã.',
    ]);
    expect(catalogue.byCode.size).toBe(0);
  });

  it('a negative maximum and one with more than three decimals', () => {
    expect(about(leaf('manual', '', -1).problems, '1.1')).toEqual([
      ['error', 'maxPoints', 'Điểm tối đa của 1.1 phải là số ≥ 0.'],
    ]);
    expect(about(leaf('manual', '', 1.2345).problems, '1.1')).toEqual([
      ['error', 'maxPoints', 'Điểm của 1.1 chỉ được có tối đa 3 chữ số thập phân.'],
    ]);
  });

  it('a missing title', () => {
    const { problems } = buildCatalogue(catalogueSpec({ '1': [cs('1.1', 'yesno', 'Có: 1', 1, { title: '  ' })] }));
    expect(about(problems, '1.1')).toEqual([['error', 'title', 'Tiêu chí 1.1 chưa có tên.']]);
  });

  it('rule faults are errors on the rule field, and the rule is then not used', () => {
    const { criterion, problems } = leaf('ratio', '≥ 80%: 1; ≥ 95%: 3; ≥ 90%: 2', 3);
    expect(about(problems, '1.1')).toEqual([
      [
        'error',
        'rule',
        'Cách chấm của 1.1: các mức chưa theo thứ tự. Sắp các ngưỡng từ cao xuống thấp (hoặc từ thấp lên cao), “còn lại” ở cuối.',
      ],
    ]);
    expect(criterion.rule).toEqual({ kind: 'none' });
  });

  it('points above the maximum and a checklist above the maximum', () => {
    expect(about(leaf('ratio', '= 100%: 3; còn lại: 0', 2).problems, '1.1')).toEqual([
      ['error', 'rule', 'Cách chấm của 1.1: mức 3 điểm vượt điểm tối đa 2.'],
    ]);
    expect(about(leaf('checklist', 'A: 1; B: 1; C: 1', 2).problems, '1.1')).toEqual([
      ['error', 'rule', 'Cách chấm của 1.1: tổng điểm các hình thức (3) vượt điểm tối đa 2.'],
    ]);
  });

  it('a target that does not parse is a warning on the target field', () => {
    const { criterion, problems } = leaf('ratio', '= 100%: 1; còn lại: 0', 1, { target: 'một trăm phần trăm' });
    expect(about(problems, '1.1')).toEqual([
      [
        'warning',
        'target',
        'Chỉ tiêu kế hoạch “một trăm phần trăm” của 1.1 không đúng dạng (ví dụ “≥ 90%”, “= 0” hoặc một giá trị trong danh sách).',
      ],
    ]);
    expect(criterion.target).toBeUndefined();
  });

  it("an area's maximum that differs from its criteria (error either way: above, or criteria missing below)", () => {
    const above = catalogueSpec({ '1': [cs('1.1', 'yesno', 'Có: 2', 2)] });
    above.areas[0].maxPoints = 1;
    expect(about(buildCatalogue(above).problems, '1')).toEqual([
      [
        'error',
        'maxPoints',
        'Lĩnh vực 1: tổng điểm tối đa các tiêu chí là 2, khác điểm tối đa của lĩnh vực (1). Kiểm tra lại bộ tiêu chí.',
      ],
    ]);
    const below = catalogueSpec({ '1': [cs('1.1', 'yesno', 'Có: 2', 2)] });
    below.areas[0].maxPoints = 2.5;
    expect(about(buildCatalogue(below).problems, '1')).toEqual([
      ['error', 'maxPoints', msg.areaCriteriaMissing('1', 2, 2.5)],
    ]);
  });

  it('retired criteria do not count toward the area maximum', () => {
    const spec = catalogueSpec({ '1': [cs('1.1', 'yesno', 'Có: 2', 2), cs('1.2', 'retired', '', 3)] });
    expect(spec.areas[0].maxPoints).toBe(2);
    expect(buildCatalogue(spec).problems).toEqual([]);
  });

  it('groups and ratings faults are located on their field', () => {
    const { problems } = buildCatalogue(
      catalogueSpec({ '1': [cs('1.1', 'yesno', 'Có: 1', 1)] }, { groups: '≥ 80%: B; ≥ 90%: A', ratings: 'xuất sắc' }),
    );
    expect(problems.map((p) => [p.severity, p.field, p.code, p.message])).toEqual([
      ['error', 'groups', null, 'Phân nhóm: các mức phải sắp từ cao xuống thấp, “còn lại” ở cuối.'],
      [
        'error',
        'ratings',
        null,
        'Xếp loại: không hiểu “xuất sắc”. Viết dạng “≥ 90% và mọi lĩnh vực ≥ 70%: Hoàn thành xuất sắc; …; còn lại: Không hoàn thành”.',
      ],
    ]);
  });

  it('an empty catalogue', () => {
    const spec = cloneDefault();
    spec.areas = [];
    expect(buildCatalogue(spec).problems.map((p) => p.message)).toEqual([
      'Bộ tiêu chí không có lĩnh vực nào. Chạy “Khởi tạo / cập nhật bảng theo dõi”.',
    ]);
  });
});
