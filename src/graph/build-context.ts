/**
 * What every stage of the graph build shares: the builder, the access model, the resources by type, and the
 * node of each resource by uid (and, for IAM principals, by ARN, since policies and trust documents name ARNs
 * while IaC uids are source addresses).
 */
import type { Resource } from '../model/core/index.js';
import type { ModelResource, ResourceType } from '../model/types.js';
import type { AccessModel } from './access.js';
import { principalArn } from './access.js';
import type { GraphBuilder, NodeKind } from './model.js';

export class BuildContext {
  private readonly byType = new Map<string, Resource[]>();
  private readonly byUid = new Map<string, Resource>();
  private readonly byArn = new Map<string, Resource>();
  /** Roles each principal (by uid) can assume, filled by the trust stage for the escalation checks. */
  readonly assumes = new Map<string, Resource[]>();
  /** Uids of the administrators (users, roles, groups), filled by the principal stage. */
  readonly admins = new Set<string>();
  /** Roles each service principal may assume, filled by the trust stage. */
  readonly trusting = new Map<string, Resource[]>();

  constructor(readonly builder: GraphBuilder, readonly access: AccessModel, resources: Iterable<Resource>) {
    for (const r of resources) {
      this.byUid.set(r.uid, r);
      let l = this.byType.get(r.type);
      if (!l) this.byType.set(r.type, (l = []));
      l.push(r);
      if (r.type === 'aws.iam.user' || r.type === 'aws.iam.role' || r.type === 'aws.iam.group') this.byArn.set(principalArn(r), r);
    }
  }

  ofType<T extends ResourceType>(type: T): readonly ModelResource<T>[] {
    return (this.byType.get(type) ?? []) as unknown as ModelResource<T>[];
  }

  get(uidOrArn: string): Resource | undefined {
    return this.byUid.get(uidOrArn) ?? this.byArn.get(uidOrArn);
  }

  /** The node of a model resource (created on first use). */
  nodeFor(r: Resource, kind: NodeKind): number {
    return this.builder.node(kind, r.uid, r.name, r.account);
  }

  /** The node of a resource already placed in the graph, by uid or principal ARN. */
  placed(uidOrArn: string): number | undefined {
    const hit = this.builder.has(uidOrArn);
    if (hit !== undefined) return hit;
    const r = this.byArn.get(uidOrArn);
    return r ? this.builder.has(r.uid) : undefined;
  }

  private readonly memos = new Map<string, unknown>();

  /** A value derived from the whole inventory, computed once (indexes the stages share). */
  memo<V>(key: string, compute: () => V): V {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as V;
  }

  /** Resources of a type in one account (indexed on first use). */
  inAccount<T extends ResourceType>(type: T, account: string | undefined): readonly ModelResource<T>[] {
    const index = this.memo(`in-account:${type}`, () => {
      const m = new Map<string, Resource[]>();
      for (const r of this.byType.get(type) ?? []) BuildContext.push(m, r.account ?? '', r);
      return m;
    });
    return (index.get(account ?? '') ?? []) as unknown as ModelResource<T>[];
  }

  /** Appends to a list in one of the maps above. */
  static push(map: Map<string, Resource[]>, key: string, r: Resource): void {
    const l = map.get(key);
    if (l) l.push(r);
    else map.set(key, [r]);
  }

  /** The synthetic node that stands for the internet (anonymous callers and every public address). */
  internet(): number {
    return this.builder.node('internet', 'internet', 'the internet');
  }

  /** The `admin:<account>` node: reaching it means administrator of that account. */
  admin(account: string | undefined): number {
    const a = account ?? 'unknown';
    return this.builder.node('admin', `admin:${a}`, `administrator of account ${a}`, account);
  }
}
