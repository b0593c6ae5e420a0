/**
 * The contract between Terraform evaluation (HCL files, or plan/state JSON) and the adapters that turn
 * resource instances into model resources. Evaluation knows Terraform; adapters know the AWS provider's
 * schema and the model. Neither knows the other's internals.
 */

/** A range in a source file; lines and columns are 1-based, endLine inclusive. */
export interface TfRange {
  readonly file: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly startColumn?: number;
}

/** A reference that could not be resolved to a value because its target is computed at apply time. */
export interface TfRef {
  /** Address of the referenced resource instance in the same module instance tree, e.g. `aws_s3_bucket.logs` or `module.net.aws_vpc.main[0]`. */
  readonly address: string;
  /** The attribute path read from it, e.g. `id`, `arn`, `bucket`. */
  readonly attribute: string;
}

/**
 * An evaluated expression or block body. Nested blocks (`ingress { ... }` written twice) appear in the
 * parent object as a `list` of `object` nodes with `block: true`, the way plan JSON renders them.
 */
export type TfNode =
  | { readonly t: 'scalar'; readonly value: string | number | boolean | null; readonly range: TfRange }
  | { readonly t: 'list'; readonly items: readonly TfNode[]; readonly range: TfRange; readonly block?: boolean }
  | { readonly t: 'object'; readonly attrs: Readonly<Record<string, TfNode>>; readonly range: TfRange }
  | {
      readonly t: 'unknown';
      /** Human-readable: `var.allowed_cidrs has no value`, `aws_s3_bucket.logs.arn is known only after apply`. */
      readonly reason: string;
      /** Set when the unknown is (exactly) a reference to another resource's attribute: adapters use it to join resources. */
      readonly ref?: TfRef;
      readonly range: TfRange;
    };

export type TfObjectNode = Extract<TfNode, { t: 'object' }>;

/** One resource instance after `count` / `for_each` expansion. */
export interface TfResourceInstance {
  /** Full address: `module.net.aws_security_group.web["a"]`. */
  readonly address: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  /** `module.net` style prefix of the module instance, '' for the root module. */
  readonly modulePath: string;
  readonly body: TfObjectNode;
  /** The whole block. */
  readonly range: TfRange;
  /** The root module directory this instance was evaluated from (relative to the scan's cwd). */
  readonly rootModule: string;
}

/** A provider configuration block (for region and account defaults). */
export interface TfProviderConfig {
  readonly name: string;
  readonly alias?: string;
  readonly modulePath: string;
  readonly body: TfObjectNode;
}
