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

/** One reason a finding's risk score is what it is: a named factor and the points it adds. */
export interface RiskFactor {
  /** `severity`, `public-exposure`, `sensitive-data`, `exploitable-vulnerability`, `privileged-identity`, … */
  readonly factor: string;
  readonly points: number;
  /** Why the factor applies, in words a reader can check against the resource. */
  readonly detail: string;
}

/** How urgent a finding is, 0–100, from its severity and the context of its resource (see docs/risk.md). */
export interface RiskScore {
  readonly score: number;
  readonly factors: readonly RiskFactor[];
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
  /**
   * Set by the engine on every finding it produces (and restored by the store); absent only on findings
   * built by hand outside the engine, which outputs treat as score 0.
   */
  readonly risk?: RiskScore;
}
