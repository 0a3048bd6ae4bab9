import { DEFAULT_CATALOGUE } from '../../../src/core/catalog/defaultCatalogue';
import { catalogueToJson, parseCatalogueJson } from '../../../src/core/catalog/schema';
import { derivedShortName, proseNamer } from '../../../src/core/catalog/shortName';
import type { CatalogueSpec } from '../../../src/core/catalog/types';

describe('criteria short names for report prose', () => {
  test('a title that is an a/b definition becomes "Tỷ lệ a"; a bracketed a/b definition is dropped', () => {
    expect(derivedShortName('Bộ phận được tự kiểm tra / bộ phận theo kế hoạch kiểm tra')).toBe(
      'Tỷ lệ bộ phận được tự kiểm tra',
    );
    expect(derivedShortName('CBCC đạt chuẩn về trình độ chuyên môn / tổng số CBCC')).toBe(
      'Tỷ lệ CBCC đạt chuẩn về trình độ chuyên môn',
    );
    expect(derivedShortName('Tỷ lệ hồ sơ đúng hạn / tổng hồ sơ')).toBe('Tỷ lệ hồ sơ đúng hạn');
    expect(derivedShortName('Mức độ hoàn thành kế hoạch CCHC (nhiệm vụ hoàn thành / nhiệm vụ đề ra)')).toBe(
      'Mức độ hoàn thành kế hoạch CCHC',
    );
    // Nothing to shorten: no a/b definition, a bracket without one, an unspaced slash.
    expect(derivedShortName('Gắn kết quả CCHC với thi đua, khen thưởng')).toBeNull();
    expect(derivedShortName('Báo cáo CCHC định kỳ (quý I, 6 tháng, quý III, năm)')).toBeNull();
    expect(derivedShortName('Có/Không ban hành kế hoạch')).toBeNull();
  });

  test('the catalogue’s short name wins, looked up by title; an edited title falls back to the rule', () => {
    const name = proseNamer([DEFAULT_CATALOGUE]);
    expect(name({ title: 'Bộ phận được tự kiểm tra / bộ phận theo kế hoạch kiểm tra' })).toBe(
      'Tỷ lệ bộ phận được tự kiểm tra theo kế hoạch',
    );
    expect(name({ title: 'Bộ phận đã tự kiểm tra / bộ phận phải kiểm tra' })).toBe('Tỷ lệ bộ phận đã tự kiểm tra');
    expect(name({ title: 'Hình thức tuyên truyền đa dạng' })).toBe('Hình thức tuyên truyền đa dạng');
    // The first catalogue given (an imported one) is asked first.
    const own: CatalogueSpec = structuredClone(DEFAULT_CATALOGUE);
    own.areas[6].criteria.find((c) => c.code === '7.2')!.shortName = 'Văn bản điện tử';
    expect(proseNamer([own, DEFAULT_CATALOGUE])({ title: 'Văn bản trao đổi dưới dạng điện tử / tổng văn bản' })).toBe(
      'Văn bản điện tử',
    );
  });

  test('every a/b title of the bundled catalogue has a short name without a slash', () => {
    const ratioTitles = DEFAULT_CATALOGUE.areas.flatMap((a) => a.criteria).filter((c) => / \/ /.test(c.title));
    expect(ratioTitles.length).toBeGreaterThan(10);
    for (const c of ratioTitles) {
      expect(c.shortName).toBeTruthy();
      expect(c.shortName).not.toContain('/');
    }
  });

  test('the JSON file may carry shortName (optional text) and keeps it through export and import', () => {
    const parsed = parseCatalogueJson(catalogueToJson(DEFAULT_CATALOGUE));
    expect(parsed.problems).toEqual([]);
    expect(parsed.spec!.areas[0].criteria.find((c) => c.code === '1.3.1')!.shortName).toBe(
      'Tỷ lệ bộ phận được tự kiểm tra theo kế hoạch',
    );
    const bad = JSON.parse(catalogueToJson(DEFAULT_CATALOGUE));
    bad.areas[0].criteria[0].shortName = 5;
    const refused = parseCatalogueJson(JSON.stringify(bad));
    expect(refused.spec).toBeNull();
    expect(refused.problems.join(' ')).toContain('areas.0.criteria.0.shortName');
  });
});
