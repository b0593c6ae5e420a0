/**
 * The coverage matrix: for every account × region × service the scan attempted, whether it saw everything
 * (`complete`), some of it (`partial`, with the gap reasons), or nothing (`failed`). A disabled region, a
 * denied service and a role we could not assume all show up here instead of as silent passes.
 */
import type { CoverageGap } from './collector.js';

/** Whether a cell was seen entirely, in part, or not at all. */
export type CoverageStatus = 'complete' | 'partial' | 'failed';

/** One cell of the matrix. `region` is `global` for global collectors; `*` when the whole account failed. */
export interface CoverageCell {
  readonly account: string;
  readonly region: string;
  readonly service: string;
  readonly status: CoverageStatus;
  /** Distinct gap reasons, sorted (`AccessDenied`, `RegionDisabled`, ...). */
  readonly reasons: readonly string[];
  /** Number of failed calls. */
  readonly gaps: number;
  /** A sample message, for the summary (the first gap's). */
  readonly message?: string;
}

/** What one task's context counted. */
export interface TaskTally {
  ok: number;
  failed: number;
  threw?: string;
}

/** Builds the matrix as tasks finish; gaps are kept per cell (bounded by the calls that failed). */
export class CoverageMatrix {
  private readonly cells = new Map<string, CoverageCell>();

  /** Records a finished task with its tally and gaps. */
  record(account: string, region: string, service: string, tally: TaskTally, gaps: readonly CoverageGap[]): CoverageCell {
    const reasons = new Set(gaps.map((g) => g.reason));
    if (tally.threw !== undefined) reasons.add('CollectorError');
    const status: CoverageStatus = tally.threw !== undefined || (tally.failed > 0 && tally.ok === 0) ? 'failed' : tally.failed > 0 ? 'partial' : 'complete';
    const message = tally.threw ?? gaps[0]?.message;
    const cell: CoverageCell = { account, region, service, status, reasons: [...reasons].sort(), gaps: gaps.length, ...(message !== undefined ? { message } : {}) };
    this.cells.set(`${account}|${region}|${service}`, cell);
    return cell;
  }

  /** An account we could not enter at all (role not assumable, credentials rejected). */
  recordAccountFailure(account: string, reason: string, message: string): void {
    this.cells.set(`${account}|*|*`, { account, region: '*', service: '*', status: 'failed', reasons: [reason], gaps: 1, message });
  }

  /** Every cell, sorted by account, region, service. */
  list(): CoverageCell[] {
    return [...this.cells.values()].sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.service.localeCompare(b.service));
  }
}

/** Counts of cells by status. */
export function coverageTotals(cells: readonly CoverageCell[]): Record<CoverageStatus, number> {
  const t: Record<CoverageStatus, number> = { complete: 0, partial: 0, failed: 0 };
  for (const c of cells) t[c.status]++;
  return t;
}
