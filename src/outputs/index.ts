import type { ScanReport } from '../findings/report.js';
import { render as renderCsv, type CsvOptions } from './csv/index.js';
import { render as renderHtml, type HtmlOptions } from './html/index.js';
import { render as renderJson, type JsonOptions } from './json/index.js';
import { render as renderJunit, type JunitOptions } from './junit/index.js';
import { render as renderSarif, type SarifOptions } from './sarif/index.js';
import { render as renderTable, type TableOptions } from './table/index.js';

/** Every output format, in the order the CLI lists them. */
export const FORMATS = ['table', 'json', 'sarif', 'junit', 'csv', 'html'] as const;
/** A format name accepted by `--format`. */
export type OutputFormat = (typeof FORMATS)[number];

/** The union of every format's options; each renderer reads only its own. */
export type RenderOptions = TableOptions & JsonOptions & SarifOptions & JunitOptions & CsvOptions & HtmlOptions;

const RENDERERS: Readonly<Record<OutputFormat, (r: ScanReport, o: RenderOptions) => string>> = {
  table: renderTable,
  json: renderJson,
  sarif: renderSarif,
  junit: renderJunit,
  csv: renderCsv,
  html: renderHtml,
};

/** True when `s` names an output format. */
export function isOutputFormat(s: string): s is OutputFormat {
  return (FORMATS as readonly string[]).includes(s);
}

/** Renders the report in `format`. Every format redacts secrets. */
export function renderReport(format: OutputFormat, report: ScanReport, opts: RenderOptions = {}): string {
  const render = RENDERERS[format];
  if (!render) throw new TypeError(`unknown output format: ${String(format)} (expected one of ${FORMATS.join(', ')})`);
  return render(report, opts);
}
