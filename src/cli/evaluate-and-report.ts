/**
 * What every scan command does once it has an inventory: select the rules from the flags, evaluate them,
 * apply mutes and severity overrides, summarize, record the scan and render the outputs, and decide the
 * exit code. Shared by `iac` and `scan aws` (and any later source) so the flags mean the same everywhere.
 */
import { randomUUID } from 'node:crypto';
import type { Resource, Severity } from '../model/core/index.js';
import { isSeverity, severityRank } from '../model/core/index.js';
import { UsageError, type InputError } from '../shared/errors.js';
import { allRules, isSelected, selectRules } from '../engine/registry.js';
import { graphFindingIds } from '../graph/findings.js';
import type { Inventory } from '../engine/inventory.js';
import { runRules } from '../engine/runner.js';
import { applyMutes } from '../engine/suppressions.js';
import { DEFAULT_FACTORS, riskScorer, scoreFindings } from '../engine/risk/index.js';
import { graphContribution } from './graph-findings.js';
import { EMPTY_CONFIG, loadConfig, type CloudwardenConfig } from '../engine/config.js';
import type { Finding } from '../findings/finding.js';
import type { ScanKind, ScanReport } from '../findings/report.js';
import { summarize, type SummaryExtra } from '../findings/summary.js';
import { frameworksFor } from './frameworks.js';
import type { Progress } from './progress.js';
import { VERSION } from './package-info.js';
import { writeOutputs, type OutputOptions } from './outputs.js';
import type { ScanRecorder } from './store.js';

/** The rule-selection and gating flags every scan command takes. */
export interface RuleFlags {
  readonly rule?: readonly string[];
  readonly skipRule?: readonly string[];
  readonly severity?: string;
  readonly failOn?: string;
  readonly softFail?: boolean;
  /** `--no-graph` sets false: no identity graph, so no privesc or attack-path findings and no attack-path factor. */
  readonly graph?: boolean;
}

/** Which of the graph's findings a scan keeps (`--rule` and friends apply to them too), or false for `--no-graph`. */
export type GraphSelection = ((f: Pick<Finding, 'ruleId' | 'severity'>) => boolean) | false;

/** Validates a severity flag value; undefined when the flag was not given. */
export function parseSeverity(flag: string, s: string | undefined): Severity | undefined {
  if (s === undefined) return undefined;
  const v = s.toLowerCase();
  if (!isSeverity(v)) throw new UsageError(`${flag}: "${s}" is not a severity (critical, high, medium, low, info)`);
  return v;
}

/** Repeatable, comma-separated list flags → one flat list. */
export const splitList = (xs: readonly string[] | undefined): string[] => (xs ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);

/**
 * The rules `--rule`, `--skip-rule` and `--severity` select, the same selection over the graph's findings, and the
 * `--fail-on` threshold (validated up front).
 */
export function rulesFromFlags(opts: RuleFlags): { rules: ReturnType<typeof allRules>; failOn: Severity; graph: GraphSelection } {
  const minSeverity = parseSeverity('--severity', opts.severity);
  const failOn = parseSeverity('--fail-on', opts.failOn) ?? 'info';
  const graphIds = graphFindingIds();
  const selection = { include: splitList(opts.rule), exclude: splitList(opts.skipRule), ...(minSeverity ? { minSeverity } : {}), extraIds: graphIds.map((g) => g.id) };
  const rules = selectRules(allRules(), selection);
  const graph: GraphSelection = opts.graph === false ? false : (f) => isSelected({ id: f.ruleId, severity: f.severity, provider: 'aws' }, selection);
  return { rules, failOn, graph };
}

/** The config file's mutes and overrides, or none. */
export async function loadOptionalConfig(file: string | undefined): Promise<CloudwardenConfig> {
  return file ? loadConfig(file) : EMPTY_CONFIG;
}

/** Exit status as Checkov users expect: 1 when an unmuted failing finding is at or above the threshold. */
export function exitCodeFor(findings: readonly Finding[], failOn: Severity, softFail: boolean): number {
  if (softFail) return 0;
  return findings.some((f) => f.status === 'fail' && !f.muted && severityRank(f.severity) >= severityRank(failOn)) ? 1 : 0;
}

/** An inventory and everything needed to judge, record and render it. */
export interface EvaluateInput {
  readonly inventory: Inventory;
  readonly rules: ReturnType<typeof allRules>;
  /** The graph's findings to keep (default: all of them), or false to build no graph. */
  readonly graph?: GraphSelection;
  readonly config: CloudwardenConfig;
  /** Inline mutes found in the sources (IaC comments). */
  readonly suppressions?: Parameters<typeof applyMutes>[2];
  readonly startedAt: Date;
  readonly sources: readonly string[];
  readonly kind: ScanKind;
  readonly errors?: readonly InputError[];
  readonly extra?: SummaryExtra;
  readonly recorder: ScanRecorder;
  readonly outputs: OutputOptions;
  readonly progress: Progress;
}

/** Runs the rules over the inventory, mutes, summarizes, records (the scan's resources are already in the recorder) and renders. */
export async function evaluateAndReport(input: EvaluateInput): Promise<ScanReport> {
  let report: ScanReport;
  try {
    report = evaluate(input);
  } catch (e) {
    await input.recorder.abort();
    throw e;
  }
  const stored = await input.recorder.finish(report);
  await writeOutputs(stored, input.outputs);
  return stored;
}

function evaluate(input: EvaluateInput): ScanReport {
  const { inventory, rules, progress } = input;
  const now = new Date();
  const keepGraph = input.graph ?? (() => true);
  if (keepGraph) progress.update('building the identity and attack-path graph', true);
  const graph = keepGraph ? graphContribution([...inventory.all()]) : { findings: [] };
  const factors = graph.factor ? [...DEFAULT_FACTORS, graph.factor] : DEFAULT_FACTORS;
  const ruleFindings = runRules(inventory, rules, {
    now,
    frameworksFor,
    riskFactors: factors,
    onResource: (done, total) => progress.update(`evaluating ${rules.length} rules: ${done}/${total} resources`),
  });
  progress.done();
  const graphFindings = keepGraph ? graph.findings.filter(keepGraph) : [];
  const raw = [...ruleFindings, ...scoreFindings(graphFindings, inventory.context(now), factors)];
  const byUid = new Map<string, Resource>();
  for (const r of inventory.all()) byUid.set(r.uid, r);
  const muted = applyMutes(raw, byUid, input.suppressions ?? [], input.config, now);
  const expired = muted.expired;
  // A mute or a severity override changes the risk score; applyMutes returns untouched findings as they were.
  const rescore = riskScorer(inventory.context(now), factors);
  const findings = muted.findings.map((f, i) => (f === raw[i] ? f : rescore(f)));
  for (const m of expired) process.stderr.write(`warning: mute at ${m.origin} expired on ${m.expires}; it no longer applies\n`);

  return {
    tool: { name: 'cloudwarden', version: VERSION },
    scan: { id: randomUUID(), startedAt: input.startedAt.toISOString(), finishedAt: new Date().toISOString(), sources: [...input.sources], kind: input.kind },
    summary: summarize(findings, { resources: inventory.size, rulesRun: rules.length, ...input.extra }),
    errors: [...(input.errors ?? [])],
    findings,
  };
}
