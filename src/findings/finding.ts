import type { CheckStatus, Evidence, Provenance, Provider, Remediation, Severity } from '../model/core/index.js';

/** Why a finding is muted, and by what. Muted findings stay in every output, flagged. */
export interface Mute {
  readonly reason: string;
  readonly by: 'inline' | 'config';
  /** ISO date after which the mute no longer applies. */
  readonly expires?: string;
}

export interface FindingLocation {
  readonly file: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly startColumn?: number;
}

export interface FrameworkRef {
  readonly framework: string;
  readonly requirement: string;
}

/** The one canonical finding every output format renders. */
export interface Finding {
  readonly ruleId: string;
  readonly title: string;
  readonly severity: Severity;
  readonly status: CheckStatus;
  readonly muted?: Mute;
  readonly resource: {
    readonly id: string;
    readonly type: string;
    readonly name: string;
    readonly provider: Provider;
    readonly account?: string;
    readonly region?: string;
    readonly address?: string;
  };
  /** File and line range (IaC findings). */
  readonly location?: FindingLocation;
  /** Where the deciding value came from (also for live findings: the API call). */
  readonly source: Provenance;
  readonly message: string;
  readonly evidence: readonly Evidence[];
  readonly description: string;
  readonly remediation: Remediation;
  readonly references: readonly string[];
  readonly frameworks: readonly FrameworkRef[];
  /** Stable across runs: hash of rule id + resource uid (+ file for IaC) (+ discriminator). */
  readonly fingerprint: string;
}
