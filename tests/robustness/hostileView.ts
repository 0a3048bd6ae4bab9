/**
 * The sidebar's view of a workbook whose every text cell an attacker could type into holds markup:
 * Tính điểm on the fakes, then the DashboardView as it crosses google.script.run (JSON). Used by the
 * Chromium test (tests/ui/sidebar.test.ts) to check that sheet text reaches the sidebar as text.
 */
import { DEFAULT_CATALOGUE } from '../../src/core/catalog/defaultCatalogue';
import { sidebarComputeScores } from '../../src/main';
import type { DashboardView } from '../../src/ui/contract';
import type { Edit } from './edits';
import { sampleWorkbook } from './sampleWorkbook';
import { SheetsEditor } from './sheetsPath';

/** No ':' or ';' (they would split a rating label), short enough to be quoted whole in a message. */
export const SHEET_PAYLOADS = {
  areaTitle: '<img src=x onerror=alert(1)> Thủ tục',
  criterionTitle: '<script>window.__xss=1</script>',
  explanation: '=<svg onload=alert(1)>giải trình',
  evidence: '@<iframe src=javascript:alert(1)>',
  owner: '+"><svg onload=alert(2)>',
  status: '<a href="javascript:alert(1)">Kịp thời</a>',
  commune: '<b onmouseover=alert(1)>Cao An</b>',
  tabName: '"><img src=x onerror=alert(3)> TTHC',
  rating: '<img src=x onerror=alert(4)> tốt',
  assignee: '<script>window.__xss=2</script>',
} as const;

const P = SHEET_PAYLOADS;
const ratings = DEFAULT_CATALOGUE.ratings.replace('Hoàn thành tốt', P.rating);

const EDITS: Edit[] = [
  { op: 'fillText', value: P.criterionTitle, keys: ['title'], info: [], assignmentNames: false },
  { op: 'set', code: '3', key: 'title', value: P.areaTitle },
  { op: 'set', code: '3.5', key: 'explanation', value: P.explanation },
  { op: 'set', code: '3.6', key: 'evidence', value: P.evidence },
  { op: 'set', code: '3.7', key: 'owner', value: P.owner },
  { op: 'set', code: '1.1.1', key: 'value', value: P.status },
  { op: 'setInfo', key: 'commune', value: P.commune },
  { op: 'setInfo', key: 'ratings', value: ratings },
  { op: 'fillText', value: P.assignee, keys: [], info: [], assignmentNames: true },
  { op: 'renameTab', area: '3', name: P.tabName },
];

/** The hostile workbook's view, and the payloads the view carries (to be shown verbatim). */
export function hostileSheetView(): { view: DashboardView; carried: string[] } {
  const gas = sampleWorkbook();
  try {
    const editor = new SheetsEditor(gas);
    EDITS.forEach((e) => editor.apply(e));
    const answer = sidebarComputeScores();
    if (!answer.ok) throw new Error(`Tính điểm failed: ${answer.message}`);
    const view = JSON.parse(JSON.stringify(answer.data)) as DashboardView;
    const text = JSON.stringify(view);
    return { view, carried: Object.values(P).filter((p) => text.includes(JSON.stringify(p).slice(1, -1))) };
  } finally {
    gas.uninstall();
  }
}
