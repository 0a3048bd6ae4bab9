/**
 * The round lock's steps on the fakes: after Chốt số liệu the office enters lần 1; "Mở bước giải trình"
 * lets each area's officials write Giải trình sau thẩm định (and nothing else); "Đóng bước giải trình"
 * locks it again for the final appraisal. A file made before the rounds gets the new headers from setup.
 */
import type { FakeGas } from '../fakes';
import { AREA_COLUMNS, AREA_ROWS, colNumber, LEGACY_AREA_WIDTH } from '../../src/core/layout';
import { SAMPLE_ASSIGNMENTS, SAMPLE_ENTRIES, SAMPLE_INFO } from '../../src/core/sample/caoAn2023';
import { CYCLE_MENU_TEXT, CYCLE_TEXT } from '../../src/core/text';
import { menuCloseResponseStep, menuLockRound, menuOpenResponseStep, menuReopenRound } from '../../src/main';
import { readLockState, roundStep } from '../../src/sheets/cycle/lockState';
import { MENU_ITEMS } from '../../src/sheets/menu';
import { areaTabs, fillAssignments, fillEntries, fillInfo, install, rowOf, setup, sheet } from '../sheets/helpers';

const TUPHAP = 'tuphap.caoan@example.gov.vn';
const AREA2 = '2. Cải cách thể chế';

let gas: FakeGas;
afterEach(() => gas.uninstall());

function sampleWorkbook(): void {
  gas = install({ editorEmails: [TUPHAP, SAMPLE_ASSIGNMENTS['6'].emails] });
  setup(gas);
  fillAssignments(gas, SAMPLE_ASSIGNMENTS);
  setup(gas);
  fillEntries(gas, SAMPLE_ENTRIES);
  fillInfo(gas, SAMPLE_INFO);
}

const lastAlert = () => gas.ui.alerts[gas.ui.alerts.length - 1];
const step = () => roundStep(readLockState(gas.propertiesService.getDocumentProperties().getProperties()));
const asOfficial = (fn: () => void) => gas.runAs('tuphap', fn, { user: TUPHAP });

/** The official of area 2 types into a column of 2.2 (throws when protected). */
function officialTypes(key: 'response' | 'a' | 'appraisal1', value: string | number): void {
  const s = sheet(gas, AREA2);
  asOfficial(() => s.getRange(rowOf(s, '2.2'), colNumber(key)).setValue(value));
}

describe('the appraisal steps', () => {
  it('are in the menu, each a function of main.ts', () => {
    gas = install();
    const items = MENU_ITEMS.flatMap((i) => (i ? [i] : []));
    expect(items).toContainEqual({ label: CYCLE_MENU_TEXT.openResponse, fn: 'menuOpenResponseStep' });
    expect(items).toContainEqual({ label: CYCLE_MENU_TEXT.closeResponse, fn: 'menuCloseResponseStep' });
  });

  it('giải trình is closed to officials before the lock, opens only in its step, and closes again', () => {
    sampleWorkbook();
    expect(step()).toBe('entry');
    expect(() => officialTypes('response', 'Sớm quá')).toThrow(/protected/);
    expect(() => officialTypes('a', 3)).not.toThrow();

    menuOpenResponseStep(); // not locked yet
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.stepNeedsLock);
    expect(step()).toBe('entry');

    menuLockRound();
    expect(step()).toBe('appraisal1');
    // The office enters lần 1; officials cannot.
    const s2 = sheet(gas, AREA2);
    s2.getRange(rowOf(s2, '2.2'), colNumber('appraisal1')).setValue(0.5);
    expect(() => officialTypes('appraisal1', 2)).toThrow(/protected/);
    expect(() => officialTypes('response', 'Chưa mở')).toThrow(/protected/);

    asOfficial(menuOpenResponseStep);
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.notOffice(CYCLE_MENU_TEXT.openResponse, TUPHAP));
    expect(step()).toBe('appraisal1');

    menuOpenResponseStep();
    expect(lastAlert().title).toBe(CYCLE_TEXT.responseOpenedTitle);
    expect(step()).toBe('response');
    officialTypes('response', 'Đã bổ sung văn bản');
    expect(s2.fakeValues()[rowOf(s2, '2.2') - 1][colNumber('response') - 1]).toBe('Đã bổ sung văn bản');
    expect(() => officialTypes('a', 4)).toThrow(/protected/); // the data stay locked
    expect(() => officialTypes('appraisal1', 2)).toThrow(/protected/);
    // Another area's official gets no giải trình rights in area 2's tab.
    const otherEmail = SAMPLE_ASSIGNMENTS['6'].emails;
    expect(() =>
      gas.runAs('other', () => s2.getRange(rowOf(s2, '2.2'), colNumber('response')).setValue('x'), {
        user: otherEmail,
      }),
    ).toThrow(/protected/);

    menuOpenResponseStep();
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.responseAlreadyOpen);

    // Mở lại during the giải trình step gives the data back and closes giải trình.
    menuReopenRound();
    expect(step()).toBe('entry');
    expect(() => officialTypes('response', 'Sau mở lại')).toThrow(/protected/);
    menuLockRound();
    menuOpenResponseStep();
    expect(step()).toBe('response');

    menuCloseResponseStep();
    expect(lastAlert().title).toBe(CYCLE_TEXT.responseClosedTitle);
    expect(step()).toBe('final');
    expect(() => officialTypes('response', 'Muộn')).toThrow(/protected/);
    menuCloseResponseStep();
    expect(lastAlert().prompt).toContain(CYCLE_TEXT.responseNotOpen);

    // Mở lại: back to data entry, the step forgotten.
    menuReopenRound();
    expect(step()).toBe('entry');
    expect(() => officialTypes('response', 'Sau mở lại')).toThrow(/protected/);
    expect(() => officialTypes('a', 5)).not.toThrow();
  });
});

describe('a file made before the rounds', () => {
  it('setup adds the three headers after the old ones, moves no cell, and every row reads as before', () => {
    sampleWorkbook();
    // Make every area tab look like the old layout: the rounds headers gone.
    for (const { sheet: s } of areaTabs(gas))
      s.fakeSeed([AREA_COLUMNS.slice(LEGACY_AREA_WIDTH).map(() => '')], AREA_ROWS.header, LEGACY_AREA_WIDTH + 1);
    const before = areaTabs(gas).map(({ sheet: s }) => s.fakeValues().map((r) => r.slice(0, LEGACY_AREA_WIDTH)));
    setup(gas);
    areaTabs(gas).forEach(({ sheet: s }, i) => {
      const v = s.fakeValues();
      expect(v[AREA_ROWS.header - 1]).toEqual(AREA_COLUMNS.map((c) => c.header));
      expect(v.map((r) => r.slice(0, LEGACY_AREA_WIDTH))).toEqual(before[i]);
    });
  });
});
