/**
 * A column chart added to an .xlsx that exceljs wrote (exceljs cannot write charts): the chart part,
 * a drawing that anchors it on a sheet, their relationships and content types, following the Office
 * Open XML (ECMA-376) parts that Excel and LibreOffice read. The chart keeps a cache of its values, so
 * a reader that does not recalculate still draws it.
 */
import JSZip from 'jszip';

export interface ColumnChart {
  /** The sheet that holds the data and shows the chart. */
  sheet: string;
  title: string;
  /** 1-based rows of the categories and values (column A: labels, column B: numbers). */
  firstRow: number;
  labels: string[];
  values: number[];
  /** Where the chart sits: 0-based column and row of its top-left and bottom-right corners. */
  from: { col: number; row: number };
  to: { col: number; row: number };
}

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  chartRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  drawingRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chartType: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawingType: 'application/vnd.openxmlformats-officedocument.drawing+xml',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ref = (sheet: string, col: string, first: number, last: number) =>
  esc(`'${sheet.replace(/'/g, "''")}'!$${col}$${first}:$${col}$${last}`);

function chartXml(c: ColumnChart): string {
  const last = c.firstRow + c.labels.length - 1;
  const strPts = c.labels.map((l, i) => `<c:pt idx="${i}"><c:v>${esc(l)}</c:v></c:pt>`).join('');
  const numPts = c.values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  const run = (text: string) =>
    `<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title>${run(c.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:spPr><a:solidFill><a:srgbClr val="1F5AA6"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/><c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${ref(c.sheet, 'A', c.firstRow, last)}</c:f><c:strCache><c:ptCount val="${c.labels.length}"/>${strPts}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${ref(c.sheet, 'B', c.firstRow, last)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${c.values.length}"/>${numPts}</c:numCache></c:numRef></c:val>` +
    `</c:ser><c:gapWidth val="60"/><c:axId val="111"/><c:axId val="222"/></c:barChart>` +
    `<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="1"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(c: ColumnChart): string {
  const at = (tag: string, p: { col: number; row: number }) =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:twoCellAnchor>${at('from', c.from)}${at('to', c.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${esc(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}">` +
    `<c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

const relsXml = (rels: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS.rels}">${rels}</Relationships>`;

/** The worksheet part of a sheet name, through workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`name="${esc(name)}"`));
  const rid = sheet && /r:id="([^"]+)"/.exec(sheet)?.[1];
  const rel =
    rid && [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`Id="${rid}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`sheet ${name} not found in the workbook`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Adds the chart to the workbook bytes exceljs wrote; returns the new bytes. */
export async function addColumnChart(xlsx: Uint8Array, chart: ColumnChart): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const part = await sheetPart(zip, chart.sheet);
  const dir = part.slice(0, part.lastIndexOf('/'));
  const file = part.slice(part.lastIndexOf('/') + 1);
  const relsPath = `${dir}/_rels/${file}.rels`;
  const n = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f)).length + 1;
  const m = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length + 1;

  zip.file(`xl/charts/chart${m}.xml`, chartXml(chart));
  zip.file(`xl/drawings/drawing${n}.xml`, drawingXml(chart));
  zip.file(
    `xl/drawings/_rels/drawing${n}.xml.rels`,
    relsXml(`<Relationship Id="rId1" Type="${NS.chartRel}" Target="../charts/chart${m}.xml"/>`),
  );

  const existing = zip.file(relsPath) ? await zip.file(relsPath)!.async('string') : relsXml('');
  const rid = `rIdChart${n}`;
  zip.file(
    relsPath,
    existing.replace(
      '</Relationships>',
      `<Relationship Id="${rid}" Type="${NS.drawingRel}" Target="../drawings/drawing${n}.xml"/></Relationships>`,
    ),
  );

  // <drawing> goes after the page set-up elements and before legacyDrawing / tableParts / extLst.
  let sheetXml = await zip.file(part)!.async('string');
  if (!sheetXml.includes('xmlns:r=')) sheetXml = sheetXml.replace('<worksheet ', `<worksheet xmlns:r="${NS.r}" `);
  const anchor = [
    '<legacyDrawing',
    '<legacyDrawingHF',
    '<picture',
    '<oleObjects',
    '<controls',
    '<webPublishItems',
    '<tableParts',
    '<extLst',
    '</worksheet>',
  ]
    .map((t) => sheetXml.indexOf(t))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b)[0];
  sheetXml = sheetXml.slice(0, anchor) + `<drawing r:id="${rid}"/>` + sheetXml.slice(anchor);
  zip.file(part, sheetXml);

  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `<Override PartName="/xl/charts/chart${m}.xml" ContentType="${NS.chartType}"/><Override PartName="/xl/drawings/drawing${n}.xml" ContentType="${NS.drawingType}"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
