import { installFakeGlobals } from '../fakes';
import { setupWorkbook } from '../../src/sheets/setup/setup';
import { forgetAppliedSetup } from '../../src/sheets/setup/applied';
test('probe', () => {
  const gas = installFakeGlobals(globalThis);
  setupWorkbook();
  forgetAppliedSetup();
  gas.calls.reset();
  setupWorkbook();
  console.log('forgotten', gas.calls.total(), JSON.stringify(gas.calls.byMethod()));
  gas.uninstall();
});
