import { resolve } from 'node:path';
import type { InputError } from '../../../shared/errors.js';
import type { InlineSuppression } from '../types.js';
import { Loader } from './eval/loader.js';
import { ModuleInstance } from './eval/module.js';
import { rootInputs } from './eval/vars.js';
import type { TfProviderConfig, TfResourceInstance } from './instance.js';

/** Input variable sources beyond the root's own tfvars files (`--var-file`, `--var`). */
export interface TerraformEvalOptions {
  /** Extra variables files, applied in order after the automatic ones (last wins). */
  varFiles?: string[];
  /** `name → value` as given on a command line; complex types are written in HCL syntax. */
  vars?: Record<string, string>;
}

/** Everything evaluated from one root module directory. */
export interface TerraformEvalResult {
  instances: TfResourceInstance[];
  providers: TfProviderConfig[];
  errors: InputError[];
  filesScanned: string[];
  filesFailed: string[];
  suppressions: InlineSuppression[];
}

/**
 * Evaluates the Terraform root module in `dir` (and the modules it calls, local or downloaded under
 * `.terraform/modules`) into resource instances, the way `terraform plan` would before apply: values
 * known from configuration are concrete, the rest are unknowns with a reason. Never throws for bad input:
 * syntax errors and unresolvable module sources come back in `errors` and the rest is still evaluated.
 */
export async function evaluateTerraformRoot(dir: string, opts: TerraformEvalOptions = {}): Promise<TerraformEvalResult> {
  const abs = resolve(dir);
  const loader = new Loader(abs);
  const instances: TfResourceInstance[] = [];
  const providers: TfProviderConfig[] = [];
  const decls = loader.load(abs);
  try {
    const root = new ModuleInstance(loader, decls, '', '', rootInputs(loader, decls, opts), []);
    root.collect(instances, providers);
  } catch (e) {
    // A defect in the evaluator must not stop the whole scan: report it against the root and go on.
    if (e instanceof Error && (e instanceof RangeError || e instanceof TypeError)) {
      loader.addError({ file: loader.display(abs), line: 1, column: 1, message: `internal error while evaluating this module: ${e.message}` });
    } else throw e;
  }
  return {
    instances,
    providers,
    errors: loader.errors,
    filesScanned: [...loader.filesScanned],
    filesFailed: [...loader.filesFailed],
    suppressions: loader.suppressions,
  };
}
