import type { Resource } from '../../../model/core/index.js';
import type { InputError } from '../../../shared/errors.js';
import type { IacSourceResult, InlineSuppression } from '../types.js';
import { adaptTerraform } from './adapters/index.js';
import { evaluateTerraformRoot, type TerraformEvalOptions } from './evaluate.js';
import { findTerraformRoots } from './roots.js';

export { isTerraformPlanOrState, scanTerraformPlan } from './plan.js';
export { adaptTerraform } from './adapters/index.js';
export type { TerraformEvalOptions } from './evaluate.js';

/**
 * Scans Terraform configurations: finds the root modules under `paths`, evaluates each (variables,
 * locals, count/for_each, modules) and adapts its resource instances into the model. A root that fails
 * is reported in `errors` and the other roots are still scanned.
 */
export async function scanTerraform(paths: string[], opts: TerraformEvalOptions = {}): Promise<IacSourceResult> {
  const resources: Resource[] = [];
  const errors: InputError[] = [];
  const scanned = new Set<string>();
  const failed = new Set<string>();
  const suppressions: InlineSuppression[] = [];
  for (const root of await findTerraformRoots(paths)) {
    let evaluated;
    try {
      evaluated = await evaluateTerraformRoot(root, opts);
    } catch (e) {
      // Evaluation reports input problems as data; a throw is a bug, kept from sinking the other roots.
      errors.push({ file: root, line: 1, column: 1, message: `internal error evaluating ${root}: ${(e as Error).message}` });
      failed.add(root);
      continue;
    }
    errors.push(...evaluated.errors);
    evaluated.filesScanned.forEach((f) => scanned.add(f));
    evaluated.filesFailed.forEach((f) => failed.add(f));
    suppressions.push(...evaluated.suppressions);
    const adapted = adaptTerraform(evaluated.instances, evaluated.providers);
    resources.push(...adapted.resources);
    errors.push(...adapted.errors);
  }
  for (const f of failed) scanned.delete(f);
  return { framework: 'terraform', resources, errors, filesScanned: [...scanned], filesFailed: [...failed], suppressions };
}
