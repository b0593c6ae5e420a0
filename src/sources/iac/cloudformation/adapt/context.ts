import type { IacProvenance, Resource, Value } from '../../../../model/core/index.js';
import type { CfnNode, SrcRange } from '../node.js';

/** A template resource whose condition holds, with its Properties resolved. */
export interface ResolvedResource {
  readonly logicalId: string;
  readonly type: string;
  /** Resolved Properties: a map, an unknown (a whole-Properties Fn::If on an unknown condition), or an empty map. */
  readonly props: CfnNode;
  readonly range: SrcRange;
}

/** What adapters see of the template being adapted. */
export interface AdaptContext {
  readonly file: string;
  readonly region?: string;
  readonly accountId?: string;
  /** All resources created by the template (conditions applied), in file order. */
  readonly resources: readonly ResolvedResource[];
  byId(logicalId: string): ResolvedResource | undefined;
  ofType(type: string): readonly ResolvedResource[];
  /** The model uid of a resource of this template. */
  uid(logicalId: string): string;
  prov(range: SrcRange, attribute?: string): IacProvenance;
}

/** Turns one CloudFormation resource into a model resource; joined resources are read through the context. */
export type Adapter = (r: ResolvedResource, ctx: AdaptContext) => Resource;

/** The common envelope of a model resource built from a template resource. */
export function envelope<T extends string, P>(
  ctx: AdaptContext,
  r: ResolvedResource,
  type: T,
  name: Value<string>,
  tags: Value<Readonly<Record<string, string>>>,
  properties: P,
): Resource<T, P> {
  return {
    uid: ctx.uid(r.logicalId),
    type,
    provider: 'aws',
    ...(ctx.accountId !== undefined ? { account: ctx.accountId } : {}),
    ...(ctx.region !== undefined ? { region: ctx.region } : {}),
    name: name.kind !== 'unresolvable' && typeof name.value === 'string' && name.value !== '' ? name.value : r.logicalId,
    tags,
    properties,
    origin: { kind: 'iac', framework: 'cloudformation', file: ctx.file, startLine: r.range.startLine, endLine: r.range.endLine, address: r.logicalId },
    source: ctx.prov(r.range),
  };
}
