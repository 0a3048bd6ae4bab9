/** "Tổng hợp các đơn vị (Sở Nội vụ)". */
import { ROLLUP_TEXT as T } from '../../core/text';
import { alert, fromMenu } from '../dialog';
import { consolidateUnits } from '../rollup/consolidate';

export function menuConsolidateUnits(): void {
  fromMenu(() => {
    const r = consolidateUnits();
    if (r.kind === 'sourcesCreated') alert(T.sourcesCreatedTitle, `${T.sourcesCreated}\n\n${T.allowAccessHelp}`);
    else if (r.kind === 'noSources') alert(T.noSourcesTitle, T.sourcesCreated);
    else
      alert(
        T.doneTitle,
        r.failed > 0 ? `${T.done(r.ranked, r.failed)}\n\n${T.allowAccessHelp}` : T.done(r.ranked, r.failed),
      );
  });
}
