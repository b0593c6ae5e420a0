import type { FrameworkResult, RequirementResult } from '../types.js';
import { CONTENT_WIDTH, FONT, PAGE, STATUS_COLOR, STATUS_LABEL, ensureSpace, pdfText, type Doc } from './layout.js';

/** Evidence columns: rule, resource, account / region, status. */
const COLS = [
  { title: 'Rule', x: 0, w: 145 },
  { title: 'Resource', x: 150, w: 195 },
  { title: 'Account / region', x: 350, w: 95 },
  { title: 'Result', x: 450, w: CONTENT_WIDTH - 450 },
] as const;

function evidenceRow(doc: Doc, cells: readonly string[], bold = false): void {
  const font = bold ? FONT.bold : FONT.regular;
  doc.font(font).fontSize(7.5);
  const texts = cells.map((c) => pdfText(doc, c));
  const h = Math.max(...texts.map((t, i) => doc.heightOfString(t, { width: COLS[i]!.w }))) + 2;
  ensureSpace(doc, h);
  const y = doc.y;
  texts.forEach((t, i) => doc.fillColor(bold ? '#000000' : '#333333').text(t, PAGE.margin + COLS[i]!.x, y, { width: COLS[i]!.w }));
  doc.x = PAGE.margin;
  doc.y = y + h;
}

function requirementBlock(doc: Doc, r: RequirementResult, maxEvidence: number): void {
  doc.font(FONT.bold).fontSize(9.5);
  const title = pdfText(doc, `${r.id}  ${r.title}`);
  const titleWidth = CONTENT_WIDTH - 90;
  ensureSpace(doc, doc.heightOfString(title, { width: titleWidth }) + 30);
  const y = doc.y;
  doc.fillColor('#000000').text(title, PAGE.margin, y, { width: titleWidth });
  const afterTitle = doc.y;
  doc.font(FONT.bold).fontSize(8.5).fillColor(STATUS_COLOR[r.status]).text(STATUS_LABEL[r.status], PAGE.margin + titleWidth + 5, y, { width: 85, align: 'right' });
  doc.y = afterTitle;
  const rules = r.rules.length ? `  Rules: ${r.rules.join(', ')}` : '';
  doc.font(FONT.regular).fontSize(8).fillColor('#444444').text(pdfText(doc, `${r.reason}.${rules}`), PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  // Failing and unknown evidence first (already sorted that way); passing resources are listed only when nothing failed.
  const relevant = r.status === 'fail' || r.status === 'unknown' ? r.evidence.filter((e) => e.status !== 'pass' && !e.muted) : r.evidence;
  if (relevant.length > 0) {
    doc.moveDown(0.2);
    evidenceRow(doc, COLS.map((c) => c.title), true);
    for (const e of relevant.slice(0, maxEvidence)) {
      const where = [e.resource.account, e.resource.region].filter(Boolean).join(' / ') || '-';
      evidenceRow(doc, [e.ruleId, e.resource.name && e.resource.name !== e.resource.id ? `${e.resource.name} (${e.resource.id})` : e.resource.id, where, e.muted ? `${e.status} (muted)` : e.status]);
    }
    if (relevant.length > maxEvidence) {
      doc.font(FONT.italic).fontSize(7.5).fillColor('#333333').text(`and ${relevant.length - maxEvidence} more`, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
    }
  }
  doc.moveDown(0.6);
}

/** The per-requirement tables of one framework, section by section; manual requirements are listed as such. */
export function requirementTables(doc: Doc, f: FrameworkResult, maxEvidence: number): void {
  let section: string | undefined;
  for (const r of f.requirements) {
    if (r.section !== section) {
      section = r.section;
      ensureSpace(doc, 60);
      doc.moveDown(0.3);
      doc.font(FONT.bold).fontSize(12).fillColor('#000000').text(pdfText(doc, section || 'Requirements'), PAGE.margin, doc.y, { width: CONTENT_WIDTH });
      doc.moveTo(PAGE.margin, doc.y + 2).lineTo(PAGE.margin + CONTENT_WIDTH, doc.y + 2).strokeColor('#999999').lineWidth(0.5).stroke();
      doc.moveDown(0.5);
    }
    requirementBlock(doc, r, maxEvidence);
  }
}
