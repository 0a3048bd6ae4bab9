/**
 * The appraisal steps after "Chốt số liệu": lần 1 (office) → giải trình (officials, column Giải trình
 * sau thẩm định only) → final appraisal (office). The step is kept with the lock state; setup turns it
 * into the protection of the giải trình column, so opening or closing a step re-runs setup.
 */
import { CYCLE_MENU_TEXT as M, CYCLE_TEXT as T } from '../../core/text';
import { UserError } from '../errors';
import { withDocumentLock } from '../lock';
import { requireOffice } from '../office';
import { activeSpreadsheet } from '../session';
import { setupActiveSpreadsheet } from '../setup/setup';
import { readLockState, roundStep, RoundStep, writeLockState } from './lockState';
import { isRoundLocked } from './roundLock';

/** Opens (true) or closes (false) the giải trình step; returns setup's notes. */
export function setResponseStep(open: boolean): { step: RoundStep; notes: string[] } {
  const ss = activeSpreadsheet();
  requireOffice(ss, open ? M.openResponse : M.closeResponse);
  return withDocumentLock(T.busy, () => {
    const props = PropertiesService.getDocumentProperties();
    const state = readLockState(props.getProperties());
    if (!state?.locked || !isRoundLocked(ss)) throw new UserError(T.stepNeedsLock, T.stepNeedsLockHint);
    const current = roundStep(state);
    if (open && current === 'response') throw new UserError(T.responseAlreadyOpen);
    if (!open && current !== 'response') throw new UserError(T.responseNotOpen);
    writeLockState(props, { ...state, step: open ? 'response' : 'final' });
    return { step: open ? 'response' : 'final', notes: setupActiveSpreadsheet().notes };
  });
}
