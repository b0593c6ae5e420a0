import type { CoverageSummary } from '../../findings/summary.js';

/** At most this many incomplete cells are listed; the rest are counted. */
const MAX_ROWS = 40;

/**
 * The coverage section of a live scan: totals, one line per account, then each account × region × service
 * that was partial or failed with its reasons, so a denied service or a disabled region is never mistaken
 * for a clean result.
 */
export function coverageLines(cov: CoverageSummary, paint: { bold: (s: string) => string; red: (s: string) => string; yellow: (s: string) => string }, clean: (s: string) => string): string[] {
  const out = [paint.bold(`Coverage: ${cov.complete} complete, ${cov.partial} partial, ${cov.failed} failed (account × region × service)`)];
  for (const a of cov.accounts) out.push(`  ${a.account}  ${a.complete} complete, ${a.partial} partial, ${a.failed} failed`);
  for (const row of cov.incomplete.slice(0, MAX_ROWS)) {
    const text = `  ${row.status.toUpperCase().padEnd(8)}${row.account}  ${row.region}  ${row.service}  ${row.reasons.join(', ')}${row.message ? `: ${clean(row.message)}` : ''}`;
    out.push(row.status === 'failed' ? paint.red(text) : paint.yellow(text));
  }
  if (cov.incomplete.length > MAX_ROWS) out.push(`  … and ${cov.incomplete.length - MAX_ROWS} more (see --format json)`);
  out.push('');
  return out;
}
