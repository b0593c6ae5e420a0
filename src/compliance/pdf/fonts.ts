/**
 * The typeface of the PDF report. pdfkit's built-in Helvetica draws Latin-1 only, so a resource named in Greek,
 * Cyrillic or Arabic would print as `?`; a TrueType family embedded (as a subset) prints it. The report embeds the
 * font a user names, else the first well-known Unicode sans-serif installed, else falls back to Helvetica.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../../shared/errors.js';

/** The TrueType (or OpenType) files of one family; bold and italic fall back to the regular face. */
export interface PdfFontFiles {
  readonly regular: string;
  readonly bold?: string;
  readonly italic?: string;
}

/** Unicode sans-serif families where Debian/Ubuntu, Fedora, macOS and Windows install them, in order of preference. */
const INSTALLED: readonly PdfFontFiles[] = [
  { regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', italic: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf' },
  { regular: '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf', bold: '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf', italic: '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Oblique.ttf' },
  { regular: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', bold: '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf', italic: '/usr/share/fonts/truetype/noto/NotoSans-Italic.ttf' },
  { regular: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf', italic: '/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf' },
  { regular: '/System/Library/Fonts/Supplemental/Arial Unicode.ttf' },
  { regular: '/System/Library/Fonts/Supplemental/Arial.ttf', bold: '/System/Library/Fonts/Supplemental/Arial Bold.ttf', italic: '/System/Library/Fonts/Supplemental/Arial Italic.ttf' },
  { regular: 'C:\\Windows\\Fonts\\arial.ttf', bold: 'C:\\Windows\\Fonts\\arialbd.ttf', italic: 'C:\\Windows\\Fonts\\ariali.ttf' },
];

/** The faces beside a regular file, by the usual naming (`X-Regular.ttf` / `X.ttf` → `X-Bold.ttf`, `X-Italic.ttf` or `X-Oblique.ttf`). */
export function familyOf(regular: string, exists: (path: string) => boolean = existsSync): PdfFontFiles {
  const dir = dirname(regular);
  const file = basename(regular);
  const ext = /\.(ttf|otf)$/i.exec(file)?.[0] ?? '';
  const stem = file.slice(0, file.length - ext.length).replace(/-(Regular|Book|Roman)$/i, '');
  const first = (names: readonly string[]) => names.map((n) => join(dir, `${stem}-${n}${ext}`)).find(exists);
  const bold = first(['Bold']);
  const italic = first(['Italic', 'Oblique']);
  return { regular, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) };
}

/**
 * The font the report embeds: `--pdf-font PATH` (or `builtin` for Helvetica), else `CLOUDWARDEN_PDF_FONT`, else
 * an installed Unicode family; undefined means Helvetica. A named file that does not exist is a usage error.
 */
export function choosePdfFont(o: { readonly flag?: string; readonly env?: NodeJS.ProcessEnv; readonly exists?: (path: string) => boolean } = {}): PdfFontFiles | undefined {
  const exists = o.exists ?? existsSync;
  const named = o.flag ?? o.env?.['CLOUDWARDEN_PDF_FONT'];
  const what = o.flag !== undefined ? '--pdf-font' : 'CLOUDWARDEN_PDF_FONT';
  if (named !== undefined && named !== '') {
    if (named === 'builtin') return undefined;
    if (!/\.(ttf|otf)$/i.test(named)) throw new UsageError(`${what}: "${named}" is not a .ttf or .otf file (or "builtin" for Helvetica)`);
    if (!exists(named)) throw new UsageError(`${what}: no font file at ${named}`);
    return familyOf(named, exists);
  }
  return INSTALLED.find((f) => exists(f.regular));
}
