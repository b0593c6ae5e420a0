import type PDFDocument from 'pdfkit';
import type { RequirementStatus } from '../types.js';
import type { PdfFontFiles } from './fonts.js';

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

/** The names the report's three faces are registered under on every document (see {@link useFonts}). */
export const FONT = { regular: 'cw-regular', bold: 'cw-bold', italic: 'cw-italic' } as const;

/** Per document with an embedded font: whether that font has a glyph for a code point. */
const glyphChecks = new WeakMap<Doc, (codePoint: number) => boolean>();

/**
 * Registers the report's faces: the embedded TrueType family when given, else Helvetica. The glyph check reads
 * the parsed font pdfkit keeps (fontkit's `hasGlyphForCodePoint`); should a pdfkit release hide it, every character
 * is handed to the font and a missing glyph prints as the font's empty box instead of `?`.
 */
export function useFonts(doc: Doc, files?: PdfFontFiles): void {
  if (!files) {
    doc.registerFont(FONT.regular, 'Helvetica').registerFont(FONT.bold, 'Helvetica-Bold').registerFont(FONT.italic, 'Helvetica-Oblique');
    return;
  }
  doc.registerFont(FONT.regular, files.regular).registerFont(FONT.bold, files.bold ?? files.regular).registerFont(FONT.italic, files.italic ?? files.regular);
  const parsed = (doc.font(FONT.regular) as unknown as { _font?: { font?: { hasGlyphForCodePoint?: (cp: number) => boolean } } })._font?.font;
  const has = parsed?.hasGlyphForCodePoint;
  glyphChecks.set(doc, typeof has === 'function' ? (cp) => has.call(parsed, cp) : () => true);
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
/** What WinAnsi (Helvetica's encoding) has: Latin-1 and the typographic quotes, dashes, bullet and ellipsis. */
// eslint-disable-next-line no-control-regex
const NOT_WINANSI = /[^\u0000-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026]/gu;

/**
 * Text the document's font can draw: control characters in attacker-controlled names never reach the page, and a
 * character the font has no glyph for becomes `?` (with Helvetica, anything beyond WinAnsi).
 */
export function pdfText(doc: Doc, s: string): string {
  const clean = s.replace(/\r?\n|\t/g, ' ').replace(CONTROL, '?');
  const has = glyphChecks.get(doc);
  if (!has) return clean.replace(NOT_WINANSI, '?');
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007F]*$/.test(clean)) return clean;
  let out = '';
  for (const ch of clean) out += ch.codePointAt(0)! < 0x80 || has(ch.codePointAt(0)!) ? ch : '?';
  return out;
}

/** Document metadata (title) is shown by viewers in their own fonts; only control characters are taken out. */
export function metadataText(s: string): string {
  return s.replace(/\r?\n|\t/g, ' ').replace(CONTROL, '?');
}

/** Starts a new page when fewer than `needed` points are left. */
export function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > BOTTOM) doc.addPage();
}

/** A bold heading at the left margin. */
export function heading(doc: Doc, text: string, size = 16): void {
  ensureSpace(doc, size * 3);
  doc.font(FONT.bold).fontSize(size).fillColor('#000000').text(pdfText(doc, text), PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.4);
}

/** A horizontal score bar: filled share in `color`, the rest grey, the label to its right. */
export function scoreBar(doc: Doc, x: number, y: number, width: number, percent: number, color: string, label: string): void {
  const h = 10;
  doc.save().rect(x, y, width, h).fill('#e6e6e6');
  if (percent > 0) doc.rect(x, y, (width * Math.min(100, percent)) / 100, h).fill(color);
  doc.restore();
  doc.font(FONT.regular).fontSize(9).fillColor('#000000').text(label, x + width + 6, y + 1, { lineBreak: false });
}
