import type PDFDocument from 'pdfkit';
import type { RequirementStatus } from '../types.js';

/** The page geometry and palette every part of the PDF report shares. */
export const PAGE = { margin: 50, width: 595.28, height: 841.89 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The lowest y body text may reach; the footer (page numbers) sits below it. */
export const BOTTOM = PAGE.height - PAGE.margin - 20;

export const STATUS_COLOR: Record<RequirementStatus, string> = {
  pass: '#1a7f37', fail: '#c62828', unknown: '#0277bd', 'not-evaluated': '#8a8a8a', manual: '#6d4c41',
};
export const STATUS_LABEL: Record<RequirementStatus, string> = {
  pass: 'PASS', fail: 'FAIL', unknown: 'UNKNOWN', 'not-evaluated': 'NOT EVALUATED', manual: 'MANUAL',
};

export type Doc = InstanceType<typeof PDFDocument>;

/**
 * Text the built-in Helvetica can draw: its WinAnsi encoding has no glyphs beyond Latin-1, and control
 * characters in attacker-controlled names must not reach the page, so both become `?`.
 */
export function pdfText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\r?\n|\t/g, ' ').replace(/[\u0000-\u001F\u007F-\u009F]|[^\u0000-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026]/gu, '?');
}

/** Starts a new page when fewer than `needed` points are left. */
export function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > BOTTOM) doc.addPage();
}

/** A bold heading at the left margin. */
export function heading(doc: Doc, text: string, size = 16): void {
  ensureSpace(doc, size * 3);
  doc.font('Helvetica-Bold').fontSize(size).fillColor('#000000').text(pdfText(text), PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.4);
}

/** A horizontal score bar: filled share in `color`, the rest grey, the label to its right. */
export function scoreBar(doc: Doc, x: number, y: number, width: number, percent: number, color: string, label: string): void {
  const h = 10;
  doc.save().rect(x, y, width, h).fill('#e6e6e6');
  if (percent > 0) doc.rect(x, y, (width * Math.min(100, percent)) / 100, h).fill(color);
  doc.restore();
  doc.font('Helvetica').fontSize(9).fillColor('#000000').text(label, x + width + 6, y + 1, { lineBreak: false });
}
