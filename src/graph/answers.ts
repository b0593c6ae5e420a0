/**
 * The questions `cloudwarden graph` answers, over one scan's graph: which principals can escalate to
 * administrator (privesc), which attack paths exist (paths), who may perform an action on a resource (who-can),
 * and why one principal may or may not (explain). Each returns a {@link GraphAnswer} the renderers print.
 */
import type { Resource } from '../model/core/index.js';
import { principalArn, resourcePolicy } from './access.js';
import type { ScanGraph } from './build.js';
import { privescFindings } from './findings.js';
import { attackPaths, describePath } from './paths.js';
import type { GraphAnswer } from './render.js';
import { DATA_WEIGHTS, shortestPaths, type PathStep } from './search.js';

/** A node by uid, ARN or label (the first node whose label matches). */
export function resolveNode(sg: ScanGraph, text: string): number | undefined {
  const g = sg.graph;
  const direct = g.find(text) ?? g.find(`admin:${text}`);
  if (direct !== undefined) return direct;
  for (let i = 0; i < g.nodeCount; i++) if (g.node(i).label === text) return i;
  return undefined;
}

const stepJson = (s: PathStep) => ({ from: { id: s.from.key, name: s.from.label, type: s.from.kind }, edge: s.edge.kind, to: { id: s.to.key, name: s.to.label, type: s.to.kind }, why: s.edge.explanation?.summary ?? null, details: s.edge.explanation?.steps ?? [], ...(s.edge.explanation?.technique ? { technique: s.edge.explanation.technique } : {}) });
const stepEdge = (s: PathStep) => ({ from: s.from.label, to: s.to.label, label: s.edge.explanation?.technique ?? s.edge.kind });

export function privescAnswer(sg: ScanGraph): GraphAnswer {
  const findings = privescFindings(sg);
  return {
    json: findings.map((f) => ({ principal: { id: f.resource.id, name: f.resource.name, type: f.resource.type }, technique: f.ruleId.replace(/^aws-iam-privesc-/, ''), status: f.status, message: f.message, steps: f.evidence.map((e) => e.value) })),
    columns: ['status', 'principal', 'technique', 'outcome'],
    rows: findings.map((f) => [f.status, f.resource.name, f.ruleId.replace(/^aws-iam-privesc-/, ''), f.message]),
    // Only the escalations of principals that are not administrators already (the findings' principals).
    edges: sg.escalations.filter((e) => e.certainty === 'proven' && findings.some((f) => f.resource.id === e.principal.uid && f.ruleId === `aws-iam-privesc-${e.technique}`)).map((e) => ({ from: e.principal.name, to: e.gain.kind === 'admin' ? `administrator of ${e.principal.account ?? '?'}` : e.gain.target.name, label: e.technique })),
  };
}

/** Attack paths from the internet (default), or the cheapest paths from a principal to `to` (admin by default). */
export function pathsAnswer(sg: ScanGraph, from = 'internet', to = 'admin'): GraphAnswer {
  let list: { kind: string; steps: readonly PathStep[]; start: string; target: string; foothold?: readonly string[] }[];
  if (from === 'internet') {
    list = attackPaths(sg)
      .filter((p) => to === 'admin' ? p.kind === 'internet-to-admin' : to === 'data' ? p.kind === 'internet-to-sensitive-data' : to === 'any' || p.target.key === to || p.target.label === to)
      .map((p) => ({ kind: p.kind, steps: p.steps, start: p.entry.label, target: p.target.label, foothold: p.foothold }));
  } else {
    const start = resolveNode(sg, from);
    if (start === undefined) throw new RangeError(`no principal or resource "${from}" in the scan`);
    const goal = to === 'admin' ? undefined : resolveNode(sg, to);
    if (to !== 'admin' && goal === undefined) throw new RangeError(`no resource "${to}" in the scan`);
    const isTarget = (n: number) => (goal === undefined ? sg.graph.nodeKind(n) === 'admin' : n === goal);
    list = shortestPaths(sg.graph, [start], DATA_WEIGHTS, isTarget, true).map((p) => ({ kind: 'principal-path', steps: p.steps, start: sg.graph.node(start).label, target: sg.graph.node(p.target).label }));
  }
  return {
    json: list.map((p) => ({ kind: p.kind, from: p.start, to: p.target, ...(p.foothold ? { foothold: p.foothold } : {}), steps: p.steps.map(stepJson) })),
    columns: ['kind', 'from', 'to', 'hops'],
    rows: list.map((p) => [p.kind, p.start, p.target, String(p.steps.length)]),
    notes: list.map((p, i) => `path ${i + 1}: ${describePath(p.steps)}\n${p.steps.map((s) => `  - ${s.edge.explanation?.summary ?? s.edge.kind}${(s.edge.explanation?.steps ?? []).map((d) => `\n      ${d}`).join('')}`).join('\n')}`),
    edges: list.flatMap((p) => p.steps.map(stepEdge)),
  };
}

/** The resource policy of a resource the scan holds (a role's trust policy counts for sts:AssumeRole). */
function policyOfTarget(r: Resource | undefined, action: string) {
  if (!r) return undefined;
  const props = r.properties as Record<string, { kind?: string; value?: unknown } | undefined>;
  const v = r.type === 'aws.iam.role' && /^sts:AssumeRole/i.test(action) ? props['trustPolicy'] : props['policy'];
  return v && v.kind !== 'unresolvable' && v.value ? resourcePolicy(`policy:${r.name}`, v.value as never) : undefined;
}

function targetOf(sg: ScanGraph, resource: string): { arn: string; r: Resource | undefined } {
  const node = resolveNode(sg, resource);
  const r = node === undefined ? undefined : sg.resourceOf(node);
  if (!r) return { arn: resource, r: undefined };
  return { arn: r.type.startsWith('aws.iam.') ? principalArn(r) : r.uid, r };
}

export function whoCanAnswer(sg: ScanGraph, principals: readonly Resource[], action: string, resource: string): GraphAnswer {
  const { arn, r } = targetOf(sg, resource);
  const policy = policyOfTarget(r, action);
  const target = { ...(policy ? { resourcePolicy: policy } : {}), ...(r?.account ? { resourceAccount: r.account } : {}) };
  const hits = principals.map((p) => ({ p, d: sg.access.canDo(p, action, arn, target) })).filter((x) => x.d.status !== 'deny');
  return {
    json: hits.map(({ p, d }) => ({ principal: { id: p.uid, name: p.name, type: p.type }, status: d.status, why: d.explanation.summary, ...(d.incomplete ? { missing: d.incomplete } : {}) })),
    columns: ['status', 'principal', 'type', 'why'],
    rows: hits.map(({ p, d }) => [d.status, p.name, p.type, d.explanation.summary]),
    edges: hits.map(({ p, d }) => ({ from: p.name, to: r?.name ?? arn, label: `${action} (${d.status})` })),
  };
}

export function explainAnswer(sg: ScanGraph, principal: string, action: string, resource: string): GraphAnswer {
  const node = resolveNode(sg, principal);
  const p = node === undefined ? undefined : sg.resourceOf(node);
  if (!p || (p.type !== 'aws.iam.user' && p.type !== 'aws.iam.role')) throw new RangeError(`no IAM user or role "${principal}" in the scan`);
  const { arn, r } = targetOf(sg, resource);
  const policy = policyOfTarget(r, action);
  const d = sg.access.canDo(p, action, arn, { ...(policy ? { resourcePolicy: policy } : {}), ...(r?.account ? { resourceAccount: r.account } : {}) });
  const e = d.explanation;
  return {
    json: { principal: { id: p.uid, name: p.name, type: p.type }, action, resource: arn, status: d.status, decision: e.decision, decidedBy: e.decidedBy, summary: e.summary, statements: e.statements, ...(d.incomplete ? { missing: d.incomplete } : {}) },
    columns: ['policy', 'statement', 'effect', 'applies', 'because'],
    rows: e.statements.map((s) => [s.policy, s.sid ?? `#${s.index}`, s.effect, s.applies ? 'yes' : 'no', s.because]),
    notes: [`${d.status.toUpperCase()}: ${e.summary} (decided by ${e.decidedBy})`, ...(d.incomplete ? [`not in the scan: ${d.incomplete.join('; ')}`] : [])],
    edges: [{ from: p.name, to: r?.name ?? arn, label: `${action}: ${e.decision}` }],
  };
}
