import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Resource, Severity } from '../model/core/index.js';
import { isSeverity, severityRank } from '../model/core/index.js';
import { UsageError, type InputError } from '../shared/errors.js';
import { allRules, selectRules } from '../engine/registry.js';
import { Inventory } from '../engine/inventory.js';
import { runRules } from '../engine/runner.js';
import { applyMutes } from '../engine/suppressions.js';
import { EMPTY_CONFIG, loadConfig } from '../engine/config.js';
import { scanIac, IAC_FRAMEWORKS, type IacFramework } from '../sources/iac/index.js';
import type { Finding } from '../findings/finding.js';
import type { ScanReport } from '../findings/report.js';
import { summarize } from '../findings/summary.js';
import { frameworksFor } from './frameworks.js';
import { Progress } from './progress.js';
import { VERSION } from './package-info.js';
import { writeOutputs, type OutputOptions } from './outputs.js';
import { recordScan, type StoreOptions } from './store.js';

export interface IacCommandOptions extends OutputOptions, StoreOptions {
  readonly framework?: string;
  readonly rule?: readonly string[];
  readonly skipRule?: readonly string[];
  readonly severity?: string;
  readonly failOn?: string;
  readonly softFail?: boolean;
  readonly varFile?: readonly string[];
  readonly config?: string;
  readonly quiet?: boolean;
}

function parseFrameworks(s: string | undefined): IacFramework[] | undefined {
  if (!s) return undefined;
  const list = s.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean);
  for (const f of list) if (!(IAC_FRAMEWORKS as readonly string[]).includes(f)) throw new UsageError(`--framework: unknown framework "${f}" (expected: ${IAC_FRAMEWORKS.join(', ')})`);
  return list as IacFramework[];
}

function parseSeverity(flag: string, s: string | undefined): Severity | undefined {
  if (s === undefined) return undefined;
  const v = s.toLowerCase();
  if (!isSeverity(v)) throw new UsageError(`${flag}: "${s}" is not a severity (critical, high, medium, low, info)`);
  return v;
}

const splitList = (xs: readonly string[] | undefined) => (xs ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);

/** `--config`, else `.cloudwarden.yaml` in the working directory, else in the first scanned directory (as Checkov finds its config). */
function findConfig(paths: readonly string[]): string | undefined {
  const candidates = ['.cloudwarden.yaml', ...(paths[0] ? [join(paths[0], '.cloudwarden.yaml')] : [])];
  return candidates.find((c) => existsSync(c));
}

/** Exit status as Checkov users expect: 1 when an unmuted failing finding is at or above the threshold. */
export function exitCodeFor(findings: readonly Finding[], failOn: Severity, softFail: boolean): number {
  if (softFail) return 0;
  return findings.some((f) => f.status === 'fail' && !f.muted && severityRank(f.severity) >= severityRank(failOn)) ? 1 : 0;
}

/** `cloudwarden iac [PATH...]`: scan IaC, evaluate, mute, store, render. Returns the exit code. */
export async function runIacCommand(paths: readonly string[], opts: IacCommandOptions): Promise<number> {
  const startedAt = new Date();
  const frameworks = parseFrameworks(opts.framework);
  const minSeverity = parseSeverity('--severity', opts.severity);
  const failOn = parseSeverity('--fail-on', opts.failOn) ?? 'info';
  const rules = selectRules(allRules(), { include: splitList(opts.rule), exclude: splitList(opts.skipRule), ...(minSeverity ? { minSeverity } : {}) });
  const configFile = opts.config ?? findConfig(paths);
  const config = configFile ? await loadConfig(configFile) : EMPTY_CONFIG;
  for (const p of paths) if (!existsSync(p)) throw new UsageError(`path not found: ${p}`);

  const progress = new Progress(process.stderr, opts.quiet);
  progress.update(`discovering and parsing IaC under ${paths.join(', ')}`, true);
  const scanned = await scanIac(paths, { ...(frameworks ? { frameworks } : {}), varFiles: splitList(opts.varFile) });
  const resources: Resource[] = scanned.results.flatMap((r) => r.resources);
  const errors: InputError[] = [...scanned.errors, ...scanned.results.flatMap((r) => r.errors)];
  const filesScanned = scanned.results.flatMap((r) => r.filesScanned);
  const filesFailed = [...new Set(scanned.results.flatMap((r) => r.filesFailed))];

  const inventory = new Inventory(resources);
  const now = new Date();
  const raw = runRules(inventory, rules, {
    now,
    frameworksFor,
    onResource: (done, total) => progress.update(`evaluating ${rules.length} rules: ${done}/${total} resources`),
  });
  progress.done();
  const byUid = new Map(resources.map((r) => [r.uid, r] as const));
  const { findings, expired } = applyMutes(raw, byUid, scanned.results.flatMap((r) => r.suppressions), config, now);
  for (const m of expired) process.stderr.write(`warning: mute at ${m.origin} expired on ${m.expires}; it no longer applies\n`);

  const report: ScanReport = {
    tool: { name: 'cloudwarden', version: VERSION },
    scan: { id: randomUUID(), startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), sources: [...paths], kind: 'iac' },
    summary: summarize(findings, { resources: resources.length, rulesRun: rules.length, filesScanned: filesScanned.length, filesFailed }),
    errors,
    findings,
  };
  const stored = await recordScan(report, resources, opts);
  await writeOutputs(stored, opts);

  if (filesScanned.length === 0) {
    process.stderr.write(
      filesFailed.length > 0
        ? `error: none of the ${filesFailed.length} IaC files could be parsed\n`
        : `error: no Terraform, CloudFormation or Kubernetes files found under ${paths.join(', ')}\n`,
    );
    return 2;
  }
  return exitCodeFor(findings, failOn, Boolean(opts.softFail));
}
