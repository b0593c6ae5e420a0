import type { CheckStatus, Severity } from '../model/core/index.js';

/**
 * The verdict on one framework requirement. `not-evaluated` (an automated requirement whose rules found
 * nothing in scope) and `manual` (no rule can judge it) are deliberately distinct from `pass`: an auditor
 * must be able to tell "checked and fine" from "nothing was checked".
 */
export type RequirementStatus = 'pass' | 'fail' | 'unknown' | 'not-evaluated' | 'manual';

/** Every requirement status, in the order reports list them. */
export const REQUIREMENT_STATUSES: readonly RequirementStatus[] = ['fail', 'unknown', 'pass', 'not-evaluated', 'manual'];

/** One finding behind a requirement, reduced to what a compliance report shows. */
export interface EvidenceFinding {
  readonly ruleId: string;
  readonly status: CheckStatus;
  readonly severity: Severity;
  readonly muted: boolean;
  readonly message: string;
  readonly fingerprint: string;
  readonly resource: {
    readonly id: string;
    readonly type: string;
    readonly name: string;
    readonly account?: string;
    readonly region?: string;
  };
}

/** Counts of the findings behind a requirement. Muted findings are counted apart and never fail it. */
export interface EvidenceCounts {
  readonly fail: number;
  readonly unknown: number;
  readonly pass: number;
  readonly muted: number;
  /** Distinct resources the findings are about. */
  readonly resources: number;
}

/** A requirement with its status and the findings that decided it (failing first, then unknown, passing, muted). */
export interface RequirementResult {
  readonly id: string;
  readonly title: string;
  readonly section: string;
  readonly status: RequirementStatus;
  readonly rules: readonly string[];
  /** Why: e.g. "2 failing findings on 1 resource", "no resource in scope", the framework's manual note. */
  readonly reason: string;
  readonly counts: EvidenceCounts;
  readonly evidence: readonly EvidenceFinding[];
}

/** Requirement counts by status, with the two scores every report shows. */
export interface ScoreCounts {
  readonly total: number;
  readonly pass: number;
  readonly fail: number;
  readonly unknown: number;
  readonly notEvaluated: number;
  readonly manual: number;
  /** Requirements a rule actually judged: pass + fail + unknown. */
  readonly assessed: number;
  /** pass / total, 0..100 with one decimal (0 for an empty framework). */
  readonly score: number;
  /** pass / assessed, 0..100 with one decimal; null when nothing was assessed. */
  readonly assessedScore: number | null;
}

/** One section of a framework with its score. */
export interface SectionResult extends ScoreCounts {
  readonly name: string;
}

/** A framework evaluated against one scan. */
export interface FrameworkResult extends ScoreCounts {
  readonly framework: { readonly id: string; readonly name: string; readonly version: string; readonly provider: string };
  readonly sections: readonly SectionResult[];
  readonly requirements: readonly RequirementResult[];
}

/** What a compliance report covers: the scan and where it looked. */
export interface ComplianceScope {
  readonly scanId: string;
  readonly scanKind: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly sources: readonly string[];
  readonly accounts: readonly string[];
  readonly regions: readonly string[];
  readonly toolVersion: string;
}

/** Every framework asked for, evaluated on one scan: what the JSON format prints (schema `cloudwarden.compliance/v1`). */
export interface ComplianceReport {
  readonly schema: 'cloudwarden.compliance/v1';
  readonly scope: ComplianceScope;
  readonly frameworks: readonly FrameworkResult[];
}
