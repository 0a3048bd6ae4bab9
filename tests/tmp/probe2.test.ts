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
  console.log(seq.join(' | ').replace(/(?:DataValidation\.copy \| (?:DataValidationBuilder\.\w+ \| )+)/g, 'RULE | '));
  gas.uninstall();
});
