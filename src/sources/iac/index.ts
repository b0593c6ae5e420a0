import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { InputError } from '../../shared/errors.js';
import { listCandidateFiles } from './discover.js';
import { withFileCache } from './terraform/eval/file-cache.js';
import type { IacFramework, IacSourceResult } from './types.js';

export type { IacFramework, IacSourceResult, InlineSuppression } from './types.js';
export const IAC_FRAMEWORKS: readonly IacFramework[] = ['terraform', 'terraform-plan', 'cloudformation', 'kubernetes'];

export interface IacScanOptions {
  /** Only these frameworks (default: all). `terraform` includes plan/state JSON. */
  readonly frameworks?: readonly IacFramework[];
  readonly varFiles?: readonly string[];
  readonly cfnParameters?: Readonly<Record<string, string>>;
}

export interface IacScanResult {
  readonly results: IacSourceResult[];
  /** Errors that belong to no framework (unreadable paths). */
  readonly errors: InputError[];
  /** Files looked at but not recognised as any IaC format. */
  readonly ignoredFiles: string[];
}

interface Classified {
  terraform: string[];
  plan: string[];
  cloudformation: string[];
  kubernetes: string[];
  ignored: string[];
}

/**
 * Text markers for files that do not parse: a broken template or manifest must be reported with its syntax
 * error by its own source, not skipped as "not IaC".
 */
const CFN_MARKERS = [/^\s*"?Resources"?\s*:/m, /"?Type"?\s*:\s*["']?AWS::[A-Za-z0-9]+::/];
const K8S_MARKERS = [/^\s*"?apiVersion"?\s*:/m, /^\s*"?kind"?\s*:/m];

async function classify(files: readonly string[]): Promise<Classified> {
  const tf = await import('./terraform/index.js');
  const cfn = await import('./cloudformation/index.js');
  const k8s = await import('./kubernetes/index.js');
  const out: Classified = { terraform: [], plan: [], cloudformation: [], kubernetes: [], ignored: [] };
  for (const f of files) {
    const ext = extname(f).toLowerCase();
    if (ext === '.tf' || f.endsWith('.tf.json')) {
      out.terraform.push(f);
      continue;
    }
    let text: string;
    try {
      text = await readFile(f, 'utf8');
    } catch {
      out.ignored.push(f);
      continue;
    }
    if (ext === '.json' && tf.isTerraformPlanOrState(text)) out.plan.push(f);
    else if (cfn.isCloudFormationTemplate(text)) out.cloudformation.push(f);
    else if (k8s.isKubernetesManifest(text)) out.kubernetes.push(f);
    else if (CFN_MARKERS.every((m) => m.test(text))) out.cloudformation.push(f);
    else if (K8S_MARKERS.every((m) => m.test(text))) out.kubernetes.push(f);
    else out.ignored.push(f);
  }
  return out;
}

/** Finds IaC files under `paths`, sends each to its framework's source, and returns every result. */
export function scanIac(paths: readonly string[], opts: IacScanOptions = {}): Promise<IacScanResult> {
  // One scan reads each Terraform file once, though root discovery and evaluation both need its text.
  return withFileCache(() => scanAll(paths, opts));
}

async function scanAll(paths: readonly string[], opts: IacScanOptions): Promise<IacScanResult> {
  const want = (f: IacFramework) => !opts.frameworks?.length || opts.frameworks.includes(f) || (f === 'terraform-plan' && opts.frameworks.includes('terraform'));
  const { files, errors } = await listCandidateFiles(paths);
  const c = await classify(files);
  const results: IacSourceResult[] = [];
  if (want('terraform') && c.terraform.length) {
    const { scanTerraform } = await import('./terraform/index.js');
    results.push(await scanTerraform(c.terraform, { varFiles: [...(opts.varFiles ?? [])] }));
  }
  if (want('terraform-plan') && c.plan.length) {
    const { scanTerraformPlan } = await import('./terraform/index.js');
    results.push(await scanTerraformPlan(c.plan));
  }
  if (want('cloudformation') && c.cloudformation.length) {
    const { scanCloudFormation } = await import('./cloudformation/index.js');
    results.push(await scanCloudFormation(c.cloudformation, { parameters: { ...(opts.cfnParameters ?? {}) } }));
  }
  if (want('kubernetes') && c.kubernetes.length) {
    const { scanKubernetes } = await import('./kubernetes/index.js');
    results.push(await scanKubernetes(c.kubernetes));
  }
  return { results, errors, ignoredFiles: c.ignored };
}
