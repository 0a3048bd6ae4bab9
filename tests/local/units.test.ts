/** Small pieces of the shell: the terminal table and the argument parser. */
import { parseArgs } from '../../src/local/args';
import { LocalError } from '../../src/local/errors';
import { displayWidth, renderTable } from '../../src/local/printTable';

describe('renderTable', () => {
  it('pads by displayed width, right-aligns numbers, and draws rules', () => {
    const decomposed = 'Tiê\u0301u'.normalize('NFD');
    const lines = renderTable(['Mã', 'Tên', 'Điểm'], [['1', decomposed, '2,5'], null, ['', 'Tổng', '12,75']], ['left', 'left', 'right']);
    expect(displayWidth(decomposed)).toBe(4);
    expect(lines).toEqual(['Mã  Tên    Điểm', '--  ----  -----', `1   ${decomposed}    2,5`, '--  ----  -----', '    Tổng  12,75']);
  });
});

describe('parseArgs', () => {
  const spec = { output: { type: 'string', short: 'o' }, json: { type: 'boolean' } } as const;

  it('reads long, short and --name=value options and positionals', () => {
    expect(parseArgs(['a.xlsx', '-o', 'b.xlsx', '--json'], spec)).toEqual({ positionals: ['a.xlsx'], options: { output: 'b.xlsx', json: true } });
    expect(parseArgs(['--output=c.xlsx', '--', '--json'], spec)).toEqual({ positionals: ['--json'], options: { output: 'c.xlsx' } });
  });

  it('refuses unknown options and missing values', () => {
    expect(() => parseArgs(['--x'], spec)).toThrow(LocalError);
    expect(() => parseArgs(['-o'], spec)).toThrow(LocalError);
    expect(() => parseArgs(['-o', '--json'], spec)).toThrow(LocalError);
  });
});
