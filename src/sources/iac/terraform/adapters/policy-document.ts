import type { Value } from '../../../../model/core/index.js';
import { explicit, unresolvable } from '../../../../model/core/index.js';
import { parsePolicyDocument, type PolicyDocument, type PolicyStatement } from '../../../../model/aws/policy.js';
import type { TfNode, TfResourceInstance } from '../instance.js';
import { rangeProv } from './prov.js';
import { isUnresolved, toJs, type Scope } from './scope.js';

/** Thrown inside rendering to abandon a document whose meaning depends on an unknown. */
class Unknown extends Error {
  constructor(
    readonly reason: string,
    readonly node: TfNode,
  ) {
    super(reason);
  }
}

/**
 * Text for an unknown that cannot widen the statement: a value computed at apply time (an ARN of a
 * resource in the configuration) names one specific thing, so a placeholder keeps the rest of the
 * document judgeable. An unknown input (an unset variable) could be `*`: the document is unknown.
 */
function placeholder(n: TfNode): string {
  if (n.t !== 'unknown') return '';
  if (n.ref) return `\${${n.ref.address}.${n.ref.attribute}}`;
  if (/known only after apply/.test(n.reason)) return `\${computed: ${n.reason}}`;
  throw new Unknown(n.reason, n);
}

function strings(n: TfNode | undefined, allowComputed: boolean): string[] {
  if (n === undefined) return [];
  const items = n.t === 'list' ? n.items : [n];
  return items.map((i) => {
    if (i.t === 'scalar' && i.value !== null) return String(i.value);
    if (i.t === 'unknown' && allowComputed) return placeholder(i);
    if (i.t === 'unknown') throw new Unknown(i.reason, i);
    return '';
  });
}

function one(list: string[]): string | string[] {
  return list.length === 1 ? list[0]! : list;
}

function principals(blocks: TfNode | undefined): PolicyStatement['Principal'] | undefined {
  if (blocks === undefined) return undefined;
  if (blocks.t === 'unknown') throw new Unknown(blocks.reason, blocks);
  const out: Record<string, string[]> = {};
  for (const b of blocks.t === 'list' ? blocks.items : [blocks]) {
    if (b.t === 'unknown') throw new Unknown(b.reason, b);
    if (b.t !== 'object') continue;
    const type = strings(b.attrs['type'], false)[0] ?? '';
    const ids = strings(b.attrs['identifiers'], true);
    if (type === '*') return '*';
    out[type] = [...(out[type] ?? []), ...ids];
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, one(v)]));
}

function statement(s: TfNode): PolicyStatement {
  if (s.t === 'unknown') throw new Unknown(s.reason, s);
  if (s.t !== 'object') throw new Unknown('a statement is not an object', s);
  const a = s.attrs;
  const effect = strings(a['effect'], false)[0] ?? 'Allow';
  const st: Record<string, unknown> = { Effect: effect };
  const sid = strings(a['sid'], false)[0];
  if (sid) st['Sid'] = sid;
  const lists: Array<[string, string, boolean]> = [
    ['actions', 'Action', false],
    ['not_actions', 'NotAction', false],
    ['resources', 'Resource', true],
    ['not_resources', 'NotResource', true],
  ];
  for (const [attr, key, computed] of lists) if (a[attr] !== undefined) st[key] = one(strings(a[attr], computed));
  const p = principals(a['principals']);
  if (p !== undefined) st['Principal'] = p;
  const np = principals(a['not_principals']);
  if (np !== undefined) st['NotPrincipal'] = np;
  const conds = a['condition'];
  if (conds?.t === 'unknown') throw new Unknown(conds.reason, conds);
  if (conds?.t === 'list' && conds.items.length > 0) {
    const c: Record<string, Record<string, string | string[]>> = {};
    for (const b of conds.items) {
      if (b.t === 'unknown') throw new Unknown(b.reason, b);
      if (b.t !== 'object') continue;
      const test = strings(b.attrs['test'], false)[0] ?? '';
      const variable = strings(b.attrs['variable'], false)[0] ?? '';
      c[test] = { ...c[test], [variable]: one(strings(b.attrs['values'], true)) };
    }
    st['Condition'] = c;
  }
  if (effect !== 'Allow' && effect !== 'Deny') throw new Unknown(`effect must be Allow or Deny, got ${effect}`, a['effect']!);
  return st as unknown as PolicyStatement;
}

/** Merges statements the way the data source does: a later statement replaces an earlier one with the same Sid. */
function merge(base: PolicyStatement[], over: readonly PolicyStatement[]): PolicyStatement[] {
  const out = [...base];
  for (const s of over) {
    const i = s.Sid ? out.findIndex((o) => o.Sid === s.Sid) : -1;
    if (i >= 0) out[i] = s;
    else out.push(s);
  }
  return out;
}

/**
 * Renders a `data "aws_iam_policy_document"` instance to the document its `json` attribute would hold:
 * `source_policy_documents` first, then its own statements, then `override_policy_documents`.
 * `docOf` resolves nested documents (often other policy documents' `json`).
 */
export function renderPolicyDocument(s: Scope, docOf: (n: TfNode) => Value<PolicyDocument | null>): Value<PolicyDocument> {
  const inst: TfResourceInstance = s.inst;
  const prov = rangeProv(inst.range);
  try {
    const nested = (attr: string): PolicyStatement[] => {
      const n = s.node(attr);
      if (n === undefined) return [];
      if (n.t === 'unknown') throw new Unknown(n.reason, n);
      const out: PolicyStatement[] = [];
      for (const item of n.t === 'list' ? n.items : [n]) {
        const d = docOf(item);
        if (d.kind === 'unresolvable') throw new Unknown(d.reason ?? 'a nested policy document is not known', item);
        out.push(...(d.value?.Statement ?? []));
      }
      return out;
    };
    const blocks = s.blocks('statement');
    if (isUnresolved(blocks)) return blocks;
    const own = blocks.map((b) => statement(b.body));
    const statements = merge(merge(nested('source_policy_documents'), own), nested('override_policy_documents'));
    const doc: PolicyDocument = { Version: strings(s.node('version'), false)[0] ?? '2012-10-17', Statement: statements };
    const id = strings(s.node('policy_id'), false)[0];
    return explicit(id ? { ...doc, Id: id } : doc, prov);
  } catch (e) {
    if (e instanceof Unknown) return unresolvable(`policy document ${inst.address}: ${e.reason}`, rangeProv(e.node.range));
    throw e;
  }
}

/** A policy given as JSON text or an object: parsed, or unresolvable with the parse error. */
export function parsePolicyNode(n: TfNode, attribute: string): Value<PolicyDocument | null> {
  const prov = rangeProv(n.range, attribute);
  const js = toJs(n);
  if (!js.ok) return unresolvable(`policy is not known: ${js.reason}`, prov);
  const parsed = parsePolicyDocument(js.value);
  return parsed.ok ? explicit(parsed.document, prov) : unresolvable(parsed.error, prov);
}
