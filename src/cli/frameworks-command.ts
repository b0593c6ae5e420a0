import { loadFrameworks, type Framework } from '../frameworks/index.js';
import { UsageError } from '../shared/errors.js';

/** One row of `frameworks list`: identity and requirement counts (automated = mapped to at least one rule). */
export interface FrameworkListEntry {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly provider: string;
  readonly requirements: { readonly total: number; readonly automated: number; readonly manual: number };
}

/** Counts of a framework's requirements; a requirement with no rule counts as manual even if not marked so. */
export function frameworkEntry(fw: Framework): FrameworkListEntry {
  const manual = fw.requirements.filter((r) => r.manual || r.rules.length === 0).length;
  return {
    id: fw.id,
    name: fw.name,
    version: fw.version,
    provider: fw.provider,
    requirements: { total: fw.requirements.length, automated: fw.requirements.length - manual, manual },
  };
}

/** `cloudwarden frameworks list [--format table|json]`. */
export function frameworksList(opts: { readonly format?: string }, frameworks: readonly Framework[] = loadFrameworks()): string {
  const entries = frameworks.map(frameworkEntry);
  if (opts.format === 'json') return `${JSON.stringify({ count: entries.length, frameworks: entries }, null, 2)}\n`;
  if (opts.format && opts.format !== 'table') throw new UsageError(`--format: "${opts.format}" is not table or json`);
  const idw = Math.max(2, ...entries.map((e) => e.id.length));
  const vw = Math.max(7, ...entries.map((e) => e.version.length));
  const lines = entries.map(
    (e) => `${e.id.padEnd(idw)}  ${e.provider.padEnd(8)}  ${e.version.padEnd(vw)}  ${String(e.requirements.total).padStart(5)}  ${String(e.requirements.automated).padStart(9)}  ${String(e.requirements.manual).padStart(6)}  ${e.name}`,
  );
  const head = `${'ID'.padEnd(idw)}  PROVIDER  ${'VERSION'.padEnd(vw)}  TOTAL  AUTOMATED  MANUAL  NAME`;
  return [head, ...lines, '', `${entries.length} frameworks (see: cloudwarden compliance --framework <id>)`, ''].join('\n');
}
