import type { FakeGas } from '../fakes';
import { chunkText, CHUNK_BYTES, KEYS, readJson, utf8Length, writeJson } from '../../src/sheets/store';
import { emptyDashboard, fitForStorage, storedDashboard } from '../../src/sheets/dashboard';
import type { DashboardView, ProblemView } from '../../src/ui/contract';
import { install } from './helpers';

let gas: FakeGas;
beforeEach(() => {
  gas = install();
});
afterEach(() => gas.uninstall());

const problem = (i: number): ProblemView => ({
  severity: i % 3 === 0 ? 'warning' : 'error',
  areaCode: '3',
  sheet: '3. Cải cách TTHC',
  cell: `H${i + 4}`,
  address: `3. Cải cách TTHC!H${i + 4}`,
  code: `3.${i}`,
  message: `Số liệu a (${i}) lớn hơn số liệu b: kiểm tra lại hai ô — “hồ sơ giải quyết đúng hạn” ${'ộ'.repeat(40)}`,
});

describe('DocumentProperties storage', () => {
  it('splits a value into chunks under the 9 KB limit, never inside a character', () => {
    const text = 'Đồng ý ✓ 𝔸 '.repeat(3000);
    const chunks = chunkText(text);
    expect(chunks.join('')).toBe(text);
    for (const c of chunks) expect(utf8Length(c)).toBeLessThanOrEqual(CHUNK_BYTES);
    expect(chunks.length).toBeGreaterThan(3);
  });

  it('stores a large dashboard (300 long problems) and reads it back; stale chunks are removed', () => {
    const props = PropertiesService.getDocumentProperties();
    const view: DashboardView = {
      ...emptyDashboard(true),
      errors: 300,
      problems: Array.from({ length: 300 }, (_, i) => problem(i)),
    };
    expect(utf8Length(JSON.stringify(view))).toBeGreaterThan(9 * 1024 * 5);
    writeJson(props, props.getProperties(), { [KEYS.dashboard]: view });
    expect(storedDashboard(props.getProperties())).toEqual(view);

    const small = { ...view, problems: view.problems.slice(0, 2) };
    writeJson(props, props.getProperties(), { [KEYS.dashboard]: small });
    const all = props.getProperties();
    expect(storedDashboard(all)).toEqual(small);
    expect(Object.keys(all).filter((k) => k.startsWith(`${KEYS.dashboard}.`))).toEqual([
      `${KEYS.dashboard}.n`,
      `${KEYS.dashboard}.0`,
    ]);
  });

  it('shrinks the problem list until the view fits its budget, keeping the counts', () => {
    const view: DashboardView = {
      ...emptyDashboard(false),
      errors: 200,
      warnings: 100,
      problems: Array.from({ length: 300 }, (_, i) => problem(i)),
    };
    const fitted = fitForStorage(view, 20_000);
    expect(utf8Length(JSON.stringify(fitted))).toBeLessThanOrEqual(20_000);
    expect(fitted.problems.length).toBeGreaterThan(0);
    expect(fitted.problems).toEqual(view.problems.slice(0, fitted.problems.length));
    expect([fitted.errors, fitted.warnings]).toEqual([200, 100]);
  });

  it('a view stored before notices existed reads back with an empty notice', () => {
    const props = PropertiesService.getDocumentProperties();
    const { notice, ...older } = emptyDashboard(true, 'Bộ tiêu chí mẫu');
    expect(notice).toBe('');
    writeJson(props, props.getProperties(), { [KEYS.dashboard]: older });
    expect(storedDashboard(props.getProperties())).toEqual({ ...older, notice: '' });
  });

  it('reads nothing from a damaged store', () => {
    expect(readJson({ 'x.n': '2', 'x.0': '{"a":' }, 'x')).toBeNull();
    expect(readJson({ 'x.n': '1', 'x.0': '{"a":' }, 'x')).toBeNull();
    expect(storedDashboard({})).toBeNull();
  });
});
