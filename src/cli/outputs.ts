import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../shared/errors.js';
import type { ScanReport } from '../findings/report.js';
import { FORMATS, renderReport, type OutputFormat } from '../outputs/index.js';

export interface OutputOptions {
  /** Repeatable; default `table`. */
  readonly format?: readonly string[];
  readonly outputFile?: string;
  readonly outputDir?: string;
  readonly color?: boolean;
  readonly showPassed?: boolean;
}

const EXTENSION: Record<OutputFormat, string> = { table: 'txt', json: 'json', sarif: 'sarif', junit: 'xml', csv: 'csv', html: 'html' };

export function parseFormats(list: readonly string[] | undefined): OutputFormat[] {
  const fs = (list?.length ? list : ['table']).flatMap((x) => x.split(',')).map((x) => x.trim().toLowerCase()).filter(Boolean);
  for (const f of fs) if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format: unknown format "${f}" (expected: ${FORMATS.join(', ')})`);
  return [...new Set(fs)] as OutputFormat[];
}

/**
 * Routes each format: one format goes to `--output-file` or stdout; several need `--output-dir`
 * (each written as cloudwarden.<ext>), while `table` still prints to the terminal.
 */
export async function writeOutputs(report: ScanReport, opts: OutputOptions): Promise<void> {
  const formats = parseFormats(opts.format);
  const color = opts.color ?? (Boolean(process.stdout.isTTY) && !process.env['NO_COLOR']);
  const render = (f: OutputFormat) => renderReport(f, report, { color: f === 'table' && color && !opts.outputFile, showPassed: opts.showPassed ?? false });
  if (formats.length > 1 && !opts.outputDir) throw new UsageError('several --format values need --output-dir');
  if (opts.outputDir) {
    await mkdir(opts.outputDir, { recursive: true });
    for (const f of formats) {
      if (f === 'table') process.stdout.write(render(f));
      else {
        const file = join(opts.outputDir, `cloudwarden.${EXTENSION[f]}`);
        await writeFile(file, render(f));
        process.stderr.write(`wrote ${file}\n`);
      }
    }
    return;
  }
  const f = formats[0]!;
  if (opts.outputFile) {
    await mkdir(dirname(opts.outputFile), { recursive: true });
    await writeFile(opts.outputFile, render(f));
    if (f !== 'table') process.stderr.write(`wrote ${opts.outputFile}\n`);
    return;
  }
  process.stdout.write(render(f));
}
