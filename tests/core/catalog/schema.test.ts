import { buildCatalogue } from '../../../src/core/catalog/build';
import { DEFAULT_CATALOGUE } from '../../../src/core/catalog/defaultCatalogue';
import { catalogueToJson, parseCatalogueJson } from '../../../src/core/catalog/schema';
import { cloneDefault } from '../helpers';

const PREFIX = 'Tệp bộ tiêu chí không hợp lệ tại';

/**
 * The default catalogue as plain JSON data, with one change applied. The data is deliberately untyped:
 * the tests break it in ways the schema must catch.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function jsonWith(change: (data: any) => void): string {
  const data = JSON.parse(catalogueToJson(DEFAULT_CATALOGUE));
  change(data);
  return JSON.stringify(data);
}

describe('round trip', () => {
  it('export → import gives back the same catalogue', () => {
    const { spec, problems } = parseCatalogueJson(catalogueToJson(DEFAULT_CATALOGUE));
    expect(problems).toEqual([]);
    expect(spec).toEqual(DEFAULT_CATALOGUE);
    expect(buildCatalogue(spec!).problems).toEqual([]);
  });

  it('keeps an edited catalogue as edited', () => {
    const edited = cloneDefault();
    edited.areas[2].criteria[6] = {
      ...edited.areas[2].criteria[6],
      rule: '= 100%: 5; > 97,5%: 4; còn lại: 0',
      naAllowed: true,
      target: '≥ 98%',
    };
    expect(parseCatalogueJson(catalogueToJson(edited)).spec).toEqual(edited);
  });

  it('writes readable, indented JSON with Vietnamese text unescaped', () => {
    const json = catalogueToJson(DEFAULT_CATALOGUE);
    expect(json).toContain('\n  "areas": [');
    expect(json).toContain('"title": "Cải cách thủ tục hành chính"');
    expect(json.endsWith('\n')).toBe(true);
  });
});

describe('shape errors, in Vietnamese, with the path', () => {
  it('text that is not JSON', () => {
    expect(parseCatalogueJson('{"name": ')).toEqual({
      spec: null,
      problems: ['Tệp bộ tiêu chí không phải JSON hợp lệ.'],
    });
  });

  it('missing top-level fields', () => {
    expect(parseCatalogueJson('{}').problems).toEqual([
      `${PREFIX} name: cần kiểu chữ`,
      `${PREFIX} notice: cần kiểu chữ`,
      `${PREFIX} areas: cần kiểu danh sách`,
      `${PREFIX} groups: cần kiểu chữ`,
      `${PREFIX} ratings: cần kiểu chữ`,
    ]);
  });

  it('a root that is not an object', () => {
    expect(parseCatalogueJson('[]').problems).toEqual([`${PREFIX} gốc: cần kiểu đối tượng`]);
    expect(parseCatalogueJson(jsonWith((d) => (d.areas[4] = 'Cải cách chế độ công vụ'))).problems).toEqual([
      `${PREFIX} areas.4: cần kiểu đối tượng`,
    ]);
  });

  it('no areas', () => {
    expect(parseCatalogueJson(jsonWith((d) => (d.areas = []))).problems).toEqual([`${PREFIX} areas: không được rỗng`]);
  });

  it('a negative maximum', () => {
    expect(parseCatalogueJson(jsonWith((d) => (d.areas[0].criteria[1].maxPoints = -1))).problems).toEqual([
      `${PREFIX} areas.0.criteria.1.maxPoints: phải ≥ 0`,
    ]);
    expect(parseCatalogueJson(jsonWith((d) => (d.areas[1].maxPoints = -10))).problems).toEqual([
      `${PREFIX} areas.1.maxPoints: phải ≥ 0`,
    ]);
  });

  it('a maximum written as text', () => {
    expect(parseCatalogueJson(jsonWith((d) => (d.areas[0].criteria[0].maxPoints = '3'))).problems).toEqual([
      `${PREFIX} areas.0.criteria.0.maxPoints: cần kiểu số`,
    ]);
  });

  it('an unknown kind lists the kinds the file may use', () => {
    const [problem] = parseCatalogueJson(jsonWith((d) => (d.areas[0].criteria[2].kind = 'percent'))).problems;
    expect(problem).toBe(
      `${PREFIX} areas.0.criteria.2.kind: phải là một trong: ratio, yesno, status, count, checklist, manual, group, retired`,
    );
  });

  it('an empty title, a non-boolean flag and a too long tab name', () => {
    const problems = parseCatalogueJson(
      jsonWith((d) => {
        d.areas[1].title = '';
        d.areas[2].criteria[0].naAllowed = 'có';
        d.areas[3].tabName = 'x'.repeat(101);
      }),
    ).problems;
    expect(problems).toEqual([
      `${PREFIX} areas.1.title: không được để trống`,
      `${PREFIX} areas.2.criteria.0.naAllowed: cần kiểu đúng/sai`,
      `${PREFIX} areas.3.tabName: quá dài (tối đa 100)`,
    ]);
  });

  it('drops unknown keys rather than failing', () => {
    const { spec, problems } = parseCatalogueJson(
      jsonWith((d) => ((d.version = 2), (d.areas[0].criteria[0].comment = 'x'))),
    );
    expect(problems).toEqual([]);
    expect(spec).toEqual(DEFAULT_CATALOGUE);
  });

  it('a shape-valid file can still fail the meaning checks of buildCatalogue', () => {
    const { spec } = parseCatalogueJson(jsonWith((d) => (d.areas[0].criteria[2].rule = '≥ 80%: 1; ≥ 80%: 2')));
    expect(buildCatalogue(spec!).problems.map((p) => [p.code, p.field])).toEqual([['1.1.2', 'rule']]);
  });
});
