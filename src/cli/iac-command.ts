import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Resource } from '../model/core/index.js';
import { UsageError, type InputError } from '../shared/errors.js';
import { Inventory } from '../engine/inventory.js';
import { scanIac, IAC_FRAMEWORKS, type IacFramework } from '../sources/iac/index.js';
import { Progress } from './progress.js';
import { VERSION } from './package-info.js';
import type { OutputOptions } from './outputs.js';
import { openScanRecorder, type StoreOptions } from './store.js';
import { evaluateAndReport, exitCodeFor, loadOptionalConfig, rulesFromFlags, splitList, type RuleFlags } from './evaluate-and-report.js';

export { exitCodeFor } from './evaluate-and-report.js';

/** `iac` flags as commander hands them over. */
export interface IacCommandOptions extends OutputOptions, StoreOptions, RuleFlags {
  readonly framework?: string;
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

/** `--config`, else `.cloudwarden.yaml` in the working directory, else in the first scanned directory (as Checkov finds its config). */
function findConfig(paths: readonly string[]): string | undefined {
  const candidates = ['.cloudwarden.yaml', ...(paths[0] ? [join(paths[0], '.cloudwarden.yaml')] : [])];
  return candidates.find((c) => existsSync(c));
}

/** `cloudwarden iac [PATH...]`: scan IaC, evaluate, mute, store, render. Returns the exit code. */
export async function runIacCommand(paths: readonly string[], opts: IacCommandOptions): Promise<number> {
  const startedAt = new Date();
  const frameworks = parseFrameworks(opts.framework);
  const { rules, failOn, graph } = rulesFromFlags(opts);
  const config = await loadOptionalConfig(opts.config ?? findConfig(paths));
  for (const p of paths) if (!existsSync(p)) throw new UsageError(`path not found: ${p}`);

  const progress = new Progress(process.stderr, opts.quiet);
  progress.update(`discovering and parsing IaC under ${paths.join(', ')}`, true);
  const scanned = await scanIac(paths, { ...(frameworks ? { frameworks } : {}), varFiles: splitList(opts.varFile) });
  const resources: Resource[] = scanned.results.flatMap((r) => r.resources);
  const errors: InputError[] = [...scanned.errors, ...scanned.results.flatMap((r) => r.errors)];
  const filesScanned = scanned.results.flatMap((r) => r.filesScanned);
  const filesFailed = [...new Set(scanned.results.flatMap((r) => r.filesFailed))];

  const recorder = await openScanRecorder({ startedAt: startedAt.toISOString(), sources: paths, kind: 'iac', toolVersion: VERSION }, opts);
  try {
    await recorder.addResources(resources);
  } catch (e) {
    await recorder.abort();
    throw e;
  }
  const report = await evaluateAndReport({
    inventory: new Inventory(resources),
    rules,
    graph,
    config,
    suppressions: scanned.results.flatMap((r) => r.suppressions),
    startedAt,
    sources: paths,
    kind: 'iac',
    errors,
    extra: { filesScanned: filesScanned.length, filesFailed },
    recorder,
    outputs: opts,
    progress,
  });

  if (filesScanned.length === 0) {
    process.stderr.write(
      filesFailed.length > 0
        ? `error: none of the ${filesFailed.length} IaC files could be parsed\n`
        : `error: no Terraform, CloudFormation or Kubernetes files found under ${paths.join(', ')}\n`,
    );
    return 2;
  }
  return exitCodeFor(report.findings, failOn, Boolean(opts.softFail));
}
