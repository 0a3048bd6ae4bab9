import { andList, inSentence } from '../../src/core/text/report';
import { blockText, sampleReport, tableNamed } from './helpers';

const paragraphs = (model: ReturnType<typeof sampleReport>['model']) =>
  model.blocks.filter((b) => b.kind === 'paragraph').map(blockText);

describe('year-end report wording', () => {
  test('labels used inside a sentence start lower-case; acronyms stay intact', () => {
    expect(inSentence('Hội nghị, tờ gấp')).toBe('hội nghị, tờ gấp');
    expect(inSentence('Đúng quy định')).toBe('đúng quy định');
    for (const kept of ['UBND xã', 'CBCC', 'TTHC ngành dọc', 'ISO 9001', '95%', ''])
      expect(inSentence(kept)).toBe(kept);
    const { model } = sampleReport();
    const tasks = tableNamed(model, 'tasks').rows.map((r) => r.cells[1]);
    expect(tasks).toContain('Hình thức tuyên truyền đa dạng: thực hiện thêm hội nghị, tờ gấp.');
    expect(tasks.join('\n')).not.toMatch(/thực hiện thêm \p{Lu}\p{Ll}/u);
  });

  test('Section I: a list inside a list item uses commas and “và”, never a nested semicolon', () => {
    expect(andList(['A', 'B', 'C'])).toBe('A, B và C');
    expect(andList(['A'])).toBe('A');
    const { model } = sampleReport();
    const assignments = paragraphs(model).find((p) => p.startsWith('Phân công công chức'))!;
    expect(assignments).toContain(
      'lĩnh vực 3 (Cải cách thủ tục hành chính): Công chức Tư pháp – Hộ tịch và Công chức Văn phòng – Thống kê; lĩnh vực 4',
    );
    // Every semicolon separates areas: as many parts as areas.
    expect(assignments.split(';')).toHaveLength(assignments.match(/lĩnh vực \d+ \(/g)!.length);
  });

  test('Section IV: the missed targets keep one level of semicolons', () => {
    const { model } = sampleReport();
    const missed = paragraphs(model).find((p) => p.startsWith('Chỉ tiêu của Kế hoạch chưa đạt'))!;
    expect(missed).toBe(
      'Chỉ tiêu của Kế hoạch chưa đạt: 1.4.1 (95%, chỉ tiêu = 100%); 7.1.2 (88,89%, chỉ tiêu = 100%).',
    );
  });
});
