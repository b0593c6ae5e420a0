import type { Resource } from '../../model/core/index.js';

/** Sources as whole files: good ones must pass the rule (at least one pass, no fail), bad ones must fail it. */
export interface SourceExamples {
  readonly good: readonly string[];
  readonly bad: readonly string[];
  /** Files whose verdict must be `unknown` (an unresolvable variable, say): never pass or fail. */
  readonly unknown?: readonly string[];
}

/**
 * The examples of one rule, in `<rule-id>.examples.ts` beside it. The global test
 * (src/integration/rule-examples.test.ts) runs every source example through the real parsers and adapters.
 * `model` fixtures serve resources that no IaC format declares (the root user, a credential report).
 */
export interface RuleExamples {
  /** Terraform `.tf` files (HCL). */
  readonly terraform?: SourceExamples;
  /** CloudFormation templates in YAML (short-form intrinsics welcome) or JSON. */
  readonly cloudformation?: SourceExamples;
  /** Kubernetes manifests (YAML). */
  readonly kubernetes?: SourceExamples;
  /**
   * Typed model fixtures. An entry may be a group: the first resource is the one judged, the others are the
   * inventory it is judged in (a CIS monitoring check needs the trail, metric filter and alarm together).
   */
  readonly model?: { readonly good: readonly ModelExample[]; readonly bad: readonly ModelExample[]; readonly unknown?: readonly ModelExample[] };
}

/** A resource to judge, or a group whose first resource is judged in the context of the rest. */
export type ModelExample = Resource | readonly Resource[];

export function defineExamples(e: RuleExamples): RuleExamples {
  return e;
}
