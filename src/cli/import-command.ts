import { existsSync } from 'node:fs';
import { UsageError } from '../shared/errors.js';
import { Inventory } from '../engine/inventory.js';
import { importAwsConfig } from '../sources/inventory/aws-config/index.js';
import { importTrivy } from '../sources/inventory/trivy/index.js';
import { importGrype } from '../sources/inventory/grype/index.js';
import type { InventoryImportResult } from '../sources/inventory/types.js';
import { Progress } from './progress.js';
import { VERSION } from './package-info.js';
import type { OutputOptions } from './outputs.js';
import { openScanRecorder, type StoreOptions } from './store.js';
import { evaluateAndReport, exitCodeFor, loadOptionalConfig, rulesFromFlags, type RuleFlags } from './evaluate-and-report.js';

export interface ImportCommandOptions extends OutputOptions, StoreOptions, RuleFlags {
  readonly config?: string;
  readonly quiet?: boolean;
}

/**
 * `cloudwarden import trivy|grype FILE...`: container-image scan reports onto the ECR images they name, judged by
 * the image rules, recorded as an `import` scan. Images outside ECR are imported on their reference (a note says
 * so); a bad file is reported and the rest import; exit 2 when no file could be read.
 */
export async function runImportImageScanCommand(scanner: 'trivy' | 'grype', files: readonly string[], opts: ImportCommandOptions): Promise<number> {
  const startedAt = new Date();
  const { rules, failOn, graph } = rulesFromFlags(opts);
  const config = await loadOptionalConfig(opts.config ?? (existsSync('.cloudwarden.yaml') ? '.cloudwarden.yaml' : undefined));
  const progress = new Progress(process.stderr, opts.quiet);
  progress.update(`reading ${scanner} reports ${files.join(', ')}`, true);
  const imported = await (scanner === 'trivy' ? importTrivy(files) : importGrype(files));
  for (const n of imported.notes) process.stderr.write(`note: ${n}\n`);
  const report = await recordAndEvaluate(imported, files, { rules, graph, config, startedAt, progress, opts });
  if (imported.filesScanned.length === 0) {
    process.stderr.write(`error: none of the ${scanner} reports could be read (${files.join(', ')})\n`);
    return 2;
  }
  return exitCodeFor(report.findings, failOn, Boolean(opts.softFail));
}

interface EvaluationSetup {
  readonly rules: ReturnType<typeof rulesFromFlags>['rules'];
  readonly graph: ReturnType<typeof rulesFromFlags>['graph'];
  readonly config: Awaited<ReturnType<typeof loadOptionalConfig>>;
  readonly startedAt: Date;
  readonly progress: Progress;
  readonly opts: ImportCommandOptions;
}

/** Records the imported resources as an `import` scan, then evaluates, records the findings and renders. */
async function recordAndEvaluate(imported: InventoryImportResult, sources: readonly string[], s: EvaluationSetup) {
  const recorder = await openScanRecorder({ startedAt: s.startedAt.toISOString(), sources, kind: 'import', toolVersion: VERSION }, s.opts);
  try {
    await recorder.addResources(imported.resources);
  } catch (e) {
    await recorder.abort();
    throw e;
  }
  return evaluateAndReport({
    inventory: new Inventory(imported.resources),
    rules: s.rules,
    graph: s.graph,
    config: s.config,
    startedAt: s.startedAt,
    sources,
    kind: 'import',
    errors: imported.errors,
    extra: { filesScanned: imported.filesScanned.length, filesFailed: imported.filesFailed },
    recorder,
    outputs: s.opts,
    progress: s.progress,
  });
}

/**
 * `cloudwarden import aws-config FILE|DIR...`: AWS Config snapshot or history files into the model, judged by
 * the same rules as live scans and IaC, recorded as an `import` scan. Exit codes as for `iac`.
 */
export async function runImportAwsConfigCommand(paths: readonly string[], opts: ImportCommandOptions): Promise<number> {
  const startedAt = new Date();
  const { rules, failOn, graph } = rulesFromFlags(opts);
  const config = await loadOptionalConfig(opts.config ?? (existsSync('.cloudwarden.yaml') ? '.cloudwarden.yaml' : undefined));
  for (const p of paths) if (!existsSync(p)) throw new UsageError(`path not found: ${p}`);
  const progress = new Progress(process.stderr, opts.quiet);
  progress.update(`reading AWS Config files under ${paths.join(', ')}`, true);
  const imported = await importAwsConfig(paths);
  const unmapped = Object.entries(imported.unmappedTypes).sort((a, b) => b[1] - a[1]);
  if (unmapped.length > 0)
    process.stderr.write(`note: ${unmapped.reduce((n, [, c]) => n + c, 0)} configuration items of ${unmapped.length} resource types are not mapped yet (${unmapped.slice(0, 6).map(([t, c]) => `${t} ×${c}`).join(', ')}${unmapped.length > 6 ? ', …' : ''})\n`);

  const report = await recordAndEvaluate(imported, paths, { rules, graph, config, startedAt, progress, opts });
  if (imported.filesScanned.length === 0) {
    process.stderr.write(`error: no AWS Config snapshot or history file could be read under ${paths.join(', ')}\n`);
    return 2;
  }
  return exitCodeFor(report.findings, failOn, Boolean(opts.softFail));
}
