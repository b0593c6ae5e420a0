import type { CheckStatus, Evidence, Provenance, Provider, Remediation, Resource, Severity } from '../../model/core/index.js';
import type { ModelResource, ResourceType } from '../../model/types.js';

export type { Evidence, Remediation };
export type OutcomeStatus = CheckStatus;

/** One verdict of a rule on a resource. A rule may return several (one per offending rule or statement). */
export interface Outcome {
  readonly status: OutcomeStatus;
  readonly message: string;
  readonly evidence: readonly Evidence[];
  /** Where the finding points; defaults to the first evidence's source, then the resource block. */
  readonly location?: Provenance;
  /** When one resource yields several outcomes, distinguishes them in the fingerprint (e.g. `ingress[2]`). */
  readonly discriminator?: string;
}

/** Read access to the rest of the inventory, for rules that judge a resource by its relations. */
export interface RuleContext {
  /** The resource with this uid, if in the inventory. */
  get(uid: string): Resource | undefined;
  /** All resources of a model type. */
  ofType<T extends ResourceType>(type: T): readonly ModelResource<T>[];
  /**
   * Resources of a type in one account (and region, when given; global resources have none). Indexed: use
   * it rather than filtering `ofType` by account, which costs a pass over the whole inventory per resource.
   */
  inAccount<T extends ResourceType>(type: T, account: string | undefined, region?: string): readonly ModelResource<T>[];
  /** Resources of `type` whose property `property` (a uid or a list of uids) names `uid`. */
  referencing<T extends ResourceType>(type: T, property: string, uid: string): readonly ModelResource<T>[];
  /**
   * A value derived from the whole inventory, computed once per evaluation and shared by every rule and
   * resource (e.g. the organization's account ids). `key` names the derivation; `compute` must be pure.
   */
  memo<V>(key: string, compute: () => V): V;
  /** Evaluation time (so "older than 90 days" rules are deterministic in tests). */
  readonly now: Date;
  /** Which kind of source the inventory came from; some absence-based rules only make sense live. */
  readonly sourceKind: 'iac' | 'live' | 'import' | 'mixed';
}

export interface RuleDefinition<T extends ResourceType = ResourceType> {
  /** `<provider>-<service>-<short-code>`, kebab case, equal to the file name, stable forever. */
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly provider: Provider;
  /** Service name as in the id (`s3`, `ec2`, `iam`, ...). */
  readonly service: string;
  readonly resourceType: T;
  /** What the rule checks, in a sentence or two. */
  readonly description: string;
  /** Why it matters: what an attacker or an accident does with it. */
  readonly risk: string;
  readonly remediation: Remediation;
  readonly references: readonly string[];
  /**
   * Judge one resource. Return an outcome, several, or `undefined` when the rule does not apply
   * to this resource (e.g. a rotation rule on an asymmetric key). Must be pure: no I/O.
   */
  evaluate(resource: ModelResource<T>, ctx: RuleContext): Outcome | readonly Outcome[] | undefined;
}

/** A rule whose resource type is erased, as the engine holds them. */
export type AnyRule = RuleDefinition<ResourceType>;

/** Declares a rule. Only checks shape; the registry meta-test checks ids against file names. */
export function defineRule<T extends ResourceType>(def: RuleDefinition<T>): RuleDefinition<T> {
  if (!/^[a-z0-9]+(-[a-z0-9]+){2,}$/.test(def.id)) throw new TypeError(`rule id "${def.id}" is not <provider>-<service>-<short-code> in kebab case`);
  if (!def.id.startsWith(`${def.provider}-${def.service}-`)) throw new TypeError(`rule id "${def.id}" must start with "${def.provider}-${def.service}-"`);
  return Object.freeze(def);
}
