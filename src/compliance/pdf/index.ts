import PDFDocument from 'pdfkit';
import { REQUIREMENT_STATUSES, type ComplianceReport, type FrameworkResult } from '../types.js';
import { BOTTOM, CONTENT_WIDTH, FONT, PAGE, STATUS_COLOR, STATUS_LABEL, heading, metadataText, pdfText, scoreBar, useFonts, type Doc } from './layout.js';
import type { PdfFontFiles } from './fonts.js';
import { requirementTables } from './requirements.js';

/** Options of the PDF report. */
export interface CompliancePdfOptions {
  /** Evidence rows printed per requirement before an "and N more" line (default 15), so big scans stay readable. */
  readonly maxEvidenceRows?: number;
  /** A TrueType family to embed, so names in any script print (see `choosePdfFont`); default: built-in Helvetica. */
  readonly font?: PdfFontFiles;
}

const percentText = (n: number | null): string => (n === null ? 'n/a' : `${n.toFixed(1)}%`);

function keyValue(doc: Doc, key: string, value: string): void {
  const y = doc.y;
  doc.font(FONT.bold).fontSize(10).fillColor('#000000').text(key, PAGE.margin, y, { width: 110 });
  doc.font(FONT.regular).fontSize(10).text(pdfText(doc, value) || '-', PAGE.margin + 115, y, { width: CONTENT_WIDTH - 115 });
  doc.x = PAGE.margin;
  doc.moveDown(0.3);
}

function cover(doc: Doc, report: ComplianceReport): void {
  const s = report.scope;
  doc.moveDown(6);
  doc.font(FONT.bold).fontSize(26).fillColor('#000000').text('Compliance report', PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.5);
  for (const f of report.frameworks) doc.font(FONT.regular).fontSize(14).text(pdfText(doc, `${f.framework.name} ${f.framework.version}`), { width: CONTENT_WIDTH });
  doc.moveDown(2);
  doc.font(FONT.bold).fontSize(13).text('Scope');
  doc.moveDown(0.4);
  keyValue(doc, 'Frameworks', report.frameworks.map((f) => `${f.framework.id} (${f.total} requirements)`).join(', '));
  keyValue(doc, 'Accounts', s.accounts.join(', ') || 'none recorded in the findings');
  keyValue(doc, 'Regions', s.regions.join(', ') || 'none recorded in the findings');
  keyValue(doc, 'Sources', s.sources.join(', '));
  keyValue(doc, 'Scan', `${s.scanId} (${s.scanKind})`);
  keyValue(doc, 'Scan date', `${s.startedAt}${s.finishedAt ? ` to ${s.finishedAt}` : ' (unfinished)'}`);
  keyValue(doc, 'Tool', `cloudwarden ${s.toolVersion}`);
  doc.moveDown(1.5);
  doc.font(FONT.regular).fontSize(9).fillColor('#444444').text(
    'Score = requirements passed / all requirements. A requirement passes when its rules evaluated at least one resource and no ' +
      'unmuted finding failed. NOT EVALUATED means no resource was in scope of its rules (not a pass); MANUAL requirements need an ' +
      'assessor and count as not passed; UNKNOWN means some value could not be read.',
    { width: CONTENT_WIDTH },
  );
}

/** Score summary: the overall score bar, then one bar per status (requirement counts). */
function summary(doc: Doc, f: FrameworkResult): void {
  heading(doc, `${f.framework.name} ${f.framework.version}`, 18);
  doc.font(FONT.regular).fontSize(10).fillColor('#000000')
    .text(`Score ${percentText(f.score)}: ${f.pass} of ${f.total} requirements passed. Of the ${f.assessed} requirements a rule assessed, ${percentText(f.assessedScore)} passed.`, { width: CONTENT_WIDTH });
  doc.moveDown(0.8);
  const barX = PAGE.margin + 90;
  const barW = CONTENT_WIDTH - 160;
  let y = doc.y;
  doc.font(FONT.bold).fontSize(9).fillColor('#000000').text('Score', PAGE.margin, y + 1);
  scoreBar(doc, barX, y, barW, f.score, f.score >= 80 ? STATUS_COLOR.pass : f.score >= 50 ? '#f9a825' : STATUS_COLOR.fail, percentText(f.score));
  y += 20;
  const counts = { pass: f.pass, fail: f.fail, unknown: f.unknown, 'not-evaluated': f.notEvaluated, manual: f.manual };
  for (const s of REQUIREMENT_STATUSES) {
    doc.font(FONT.regular).fontSize(9).fillColor('#000000').text(STATUS_LABEL[s], PAGE.margin, y + 1);
    scoreBar(doc, barX, y, barW, f.total ? (100 * counts[s]) / f.total : 0, STATUS_COLOR[s], String(counts[s]));
    y += 16;
  }
  doc.x = PAGE.margin;
  doc.y = y + 10;
}

function sections(doc: Doc, f: FrameworkResult): void {
  heading(doc, 'Scores by section', 13);
  const nameW = 200;
  const barW = CONTENT_WIDTH - nameW - 110;
  for (const s of f.sections) {
    doc.font(FONT.regular).fontSize(9);
    const name = pdfText(doc, s.name || '(no section)');
    const h = Math.max(doc.heightOfString(name, { width: nameW }), 12) + 4;
    if (doc.y + h > BOTTOM) doc.addPage();
    const y = doc.y;
    doc.fillColor('#000000').text(name, PAGE.margin, y, { width: nameW });
    scoreBar(doc, PAGE.margin + nameW + 8, y, barW, s.score, STATUS_COLOR.pass, `${percentText(s.score)}  ${s.pass}/${s.total}`);
    doc.x = PAGE.margin;
    doc.y = y + h;
  }
  doc.moveDown(1);
}

function pageNumbers(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing below the bottom margin would make pdfkit add a page; lift the margin while stamping the footer.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT.regular).fontSize(8).fillColor('#666666')
      .text(`Page ${i + 1} of ${range.count}`, PAGE.margin, PAGE.height - PAGE.margin + 10, { width: CONTENT_WIDTH, align: 'center', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}

/**
 * The auditor's PDF: a cover with the scope, then per framework the score summary, section scores and
 * per-requirement tables with evidence, page numbers on every page. Drawn offline, in pdfkit's built-in
 * Helvetica or the embedded font of `opts.font`; the document date is the scan's, so the same scan and font give
 * the same bytes.
 */
export function renderCompliancePdf(report: ComplianceReport, opts: CompliancePdfOptions = {}): Promise<Buffer> {
  const maxEvidence = Math.max(1, opts.maxEvidenceRows ?? 15);
  const date = new Date(report.scope.finishedAt || report.scope.startedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    info: {
      Title: metadataText(`Compliance report: ${report.frameworks.map((f) => `${f.framework.name} ${f.framework.version}`).join(', ') || 'no framework'}`),
      Author: 'cloudwarden',
      Creator: `cloudwarden ${report.scope.toolVersion}`,
      ...(Number.isNaN(date.getTime()) ? {} : { CreationDate: date }),
    },
  });
  useFonts(doc, opts.font);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  cover(doc, report);
  for (const f of report.frameworks) {
    doc.addPage();
    summary(doc, f);
    sections(doc, f);
    doc.addPage();
    heading(doc, `Requirements of ${f.framework.id}`, 14);
    requirementTables(doc, f, maxEvidence);
  }
  pageNumbers(doc);
  doc.end();
  return done;
}
