/**
 * The tree a CloudFormation template is read into: YAML and JSON templates both land here, short-form
 * tags already rewritten to their long forms (`!Ref X` → `{Ref: X}`), every node with its exact range.
 * A map value's range covers its whole `Key: value` pair, so a finding on a property points at the
 * property, and a resource's range covers its block from the logical id line.
 */

/** A range in a template; lines and columns are 1-based, endLine inclusive. */
export interface SrcRange {
  readonly startLine: number;
  readonly endLine: number;
  readonly startColumn: number;
}

/** A reference to another resource of the same template (`Ref X`, `Fn::GetAtt X.Arn`). */
export interface CfnRef {
  readonly logicalId: string;
  /** Attribute read with Fn::GetAtt; absent for `Ref`. */
  readonly attribute?: string;
}

/** A template value: a scalar, a list, a map, or (after resolution) an unknown. */
export type CfnNode =
  | { readonly t: 'scalar'; readonly value: string | number | boolean | null; readonly range: SrcRange }
  | { readonly t: 'list'; readonly items: readonly CfnNode[]; readonly range: SrcRange }
  | { readonly t: 'map'; readonly entries: ReadonlyMap<string, CfnNode>; readonly range: SrcRange }
  | {
      /** Only after resolution: a value known only at deploy time, or not at all. */
      readonly t: 'unknown';
      /** Human-readable: `parameter Env has no value`, `Fn::GetAtt Bucket.Arn is known only after deploy`. */
      readonly reason: string;
      /** Set when the value is exactly a reference to another resource: adapters join on it. */
      readonly ref?: CfnRef;
      /**
       * A stand-in text (`${Bucket.Arn}`, `arn:aws:iam::${AWS::AccountId}:root`) set only when the value is
       * decided by the deployment itself (a resource attribute, the account, the region) and so can never be
       * a wildcard or a user's arbitrary input. Policy documents use it so that one deploy-time ARN does not
       * make a whole policy unknown.
       */
      readonly placeholder?: string;
      readonly range: SrcRange;
    };

/** The node kinds, by tag. */
export type CfnMap = Extract<CfnNode, { t: 'map' }>;
export type CfnList = Extract<CfnNode, { t: 'list' }>;
export type CfnUnknown = Extract<CfnNode, { t: 'unknown' }>;

/** Narrowing helper for map nodes. */
export function isMapNode(n: CfnNode | undefined): n is CfnMap {
  return n !== undefined && n.t === 'map';
}

/** The entry `key` of a map node, if the node is a map and has it. */
export function child(n: CfnNode | undefined, key: string): CfnNode | undefined {
  return n?.t === 'map' ? n.entries.get(key) : undefined;
}

/** The string value of a scalar node, else undefined. */
export function scalarString(n: CfnNode | undefined): string | undefined {
  if (n?.t !== 'scalar' || n.value === null) return undefined;
  return String(n.value);
}

/** A copy of `n` with another range (a resolved value takes the range of the place it is used). */
export function withRange(n: CfnNode, range: SrcRange): CfnNode {
  return { ...n, range } as CfnNode;
}

/** The range spanning `a` to `b`. */
export function spanRange(a: SrcRange, b: SrcRange): SrcRange {
  return { startLine: a.startLine, startColumn: a.startColumn, endLine: Math.max(a.endLine, b.endLine) };
}
