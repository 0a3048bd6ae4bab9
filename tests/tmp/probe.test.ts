import { installFakeGlobals } from '../fakes';
import { CallCounter } from '../fakes/core';
import { setupWorkbook } from '../../src/sheets/setup/setup';
test('probe', () => {
  const gas = installFakeGlobals(globalThis);
  const seq: string[] = [];
  const orig = CallCounter.prototype.hit;
  CallCounter.prototype.hit = function (k: string) {
    seq.push(k);
    orig.call(this, k);
  };
  setupWorkbook();
  CallCounter.prototype.hit = orig;
  const cat = (k: string) =>
    /Builder|DataValidation\.copy|newDataValidation|newConditional/.test(k)
      ? 'builders'
      : /Protection|protect/.test(k)
        ? 'protection'
        : /Width/.test(k)
          ? 'widths'
          : /insertSheet|getNumSheets|getSheetByName|getIndex/.test(k)
            ? 'tabs'
            : /setValues|getSheetValues|getSheets|getName$/.test(k)
              ? 'values'
              : /setDataValidations/.test(k)
                ? 'validation'
                : /Lock|Propert|Session|User|flush|TimeZone|getActiveSpreadsheet/.test(k)
                  ? 'run'
                  : /getRange|offset|getMaxRows/.test(k)
                    ? 'ranges'
                    : 'format';
  const by: Record<string, number> = {};
  for (const k of seq) by[cat(k)] = (by[cat(k)] ?? 0) + 1;
  console.log(seq.length, JSON.stringify(by), JSON.stringify(gas.calls.byMethod()));
  gas.uninstall();
});
