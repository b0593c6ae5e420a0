import { parsePolicyDocument, type PolicyDocument, type PolicyStatement } from '../../../../model/aws/policy.js';
import { defaulted, explicit, unresolvable, type Provenance, type Value } from '../../../../model/core/index.js';
import type { CfnNode } from '../node.js';
import type { AdaptContext } from './context.js';
import { lookup, nodeAt, type Reader } from './read.js';

/**
 * A resolved node as plain JSON for a policy document. A deploy-time value (a resource ARN, the account id)
 * becomes its placeholder text, `${Bucket.Arn}`: it can never be a wildcard, so a rule reading the policy
 * still sees every `*` there is. A value with no placeholder (a parameter without a value, an unresolvable
 * Fn::If) makes the whole document unknown.
 */
export function plainPolicyJson(n: CfnNode): { ok: true; value: unknown } | { ok: false; reason: string } {
  switch (n.t) {
    case 'scalar':
      return { ok: true, value: n.value };
    case 'unknown':
      return n.placeholder !== undefined ? { ok: true, value: n.placeholder } : { ok: false, reason: n.reason };
    case 'list': {
      const out: unknown[] = [];
      for (const i of n.items) {
        const p = plainPolicyJson(i);
        if (!p.ok) return p;
        out.push(p.value);
      }
      return { ok: true, value: out };
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of n.entries) {
        const p = plainPolicyJson(v);
        if (!p.ok) return p;
        out[k] = p.value;
      }
      return { ok: true, value: out };
    }
  }
}

/** Converts a node (a policy map or its JSON string) to a PolicyDocument value with `source`. */
export function policyFromNode(n: CfnNode, source: Provenance): Value<PolicyDocument> {
  const p = plainPolicyJson(n);
  if (!p.ok) return unresolvable(`policy document: ${p.reason}`, source);
  const doc = parsePolicyDocument(p.value);
  return doc.ok ? explicit(doc.document, source) : unresolvable(doc.error, source);
}

/** The policy document at `path` of a resource, or `null` (as a default) when absent. */
export function policyAt(rd: Reader, path: string): Value<PolicyDocument | null> {
  const l = rd.at(path);
  if (l.state === 'absent') return defaulted(null, rd.block);
  if (l.state === 'unknown') return unresolvable(l.reason, rd.prov(l.node, path));
  return policyFromNode(l.node, rd.prov(l.node, path));
}

/**
 * Merges the documents of several joined policy resources (bucket policies, queue policies ...) into one.
 * Any unknown document makes the result unknown: a statement we cannot read might be the public one.
 */
export function mergePolicies(docs: readonly Value<PolicyDocument>[], absentSource: Provenance): Value<PolicyDocument | null> {
  if (docs.length === 0) return defaulted(null, absentSource, 'no policy is attached in the template');
  const bad = docs.find((d) => d.kind === 'unresolvable');
  if (bad) return bad;
  if (docs.length === 1) return docs[0]!;
  const statements: PolicyStatement[] = docs.flatMap((d) => [...(d.value?.Statement ?? [])]);
  return explicit({ Version: '2012-10-17', Statement: statements }, docs[0]!.source);
}

/** Whether a joined resource's target property (`Bucket`, `Queues`, `Topics`, `Roles` ...) names `logicalId` or `name`. */
export function targets(n: CfnNode | undefined, logicalId: string, name: string | undefined, ctx: AdaptContext): boolean {
  if (n === undefined) return false;
  if (n.t === 'list') return n.items.some((i) => targets(i, logicalId, name, ctx));
  if (n.t === 'unknown') return n.ref?.logicalId === logicalId;
  if (n.t === 'scalar' && n.value !== null) {
    const s = String(n.value);
    return (name !== undefined && (s === name || s.endsWith(`:${name}`) || s.endsWith(`/${name}`))) || s === ctx.uid(logicalId);
  }
  return false;
}

/** Policy documents of joined resources of `type` whose `targetPath` names the resource. */
export function joinedPolicies(ctx: AdaptContext, type: string, targetPath: string, docPath: string, logicalId: string, name: string | undefined): Value<PolicyDocument>[] {
  return ctx.ofType(type)
    .filter((p) => targets(nodeAt(p.props, targetPath), logicalId, name, ctx))
    .map((p) => {
      const l = lookup(p.props, docPath);
      if (l.state === 'absent') return unresolvable<PolicyDocument>(`${p.logicalId} has no ${docPath}`, ctx.prov(p.range));
      if (l.state === 'unknown') return unresolvable<PolicyDocument>(l.reason, ctx.prov(l.node.range, docPath));
      return policyFromNode(l.node, ctx.prov(l.node.range, docPath));
    });
}
