/**
 * Attack paths: the internet reaches exposed compute, the compute runs as a role, and from the role a chain of
 * assumptions and escalations leads to administrator of an account or to a store of sensitive data. Compute
 * counts as an entry only when an attacker has a way in beyond a listening port: a vulnerability with a known
 * public exploit, or a remote-administration or database port open to the internet. Each path lists every
 * edge with its explanation (the route, NACL and security-group rule; the trust and identity statements; the
 * escalation technique and the permissions it used).
 */
import type { ScanGraph } from './build.js';
import type { GraphNode } from './model.js';
import { ADMIN_PORTS } from './ports.js';
import { DATA_WEIGHTS, IDENTITY_WEIGHTS, shortestPaths, type PathStep } from './search.js';

export const ATTACK_PATH_KINDS = ['internet-to-admin', 'internet-to-sensitive-data'] as const;
export type AttackPathKind = (typeof ATTACK_PATH_KINDS)[number];

export interface AttackPath {
  readonly kind: AttackPathKind;
  /** The exposed compute the path enters through. */
  readonly entry: GraphNode;
  readonly target: GraphNode;
  /** Why the entry is exploitable: the CVE with a known exploit, or the open administration port. */
  readonly foothold: readonly string[];
  /** For sensitive-data targets: why the data is sensitive. */
  readonly sensitivity?: string;
  readonly cost: number;
  /** From the internet node to the target, in order. */
  readonly steps: readonly PathStep[];
}

const COMPUTE = new Set(['ec2-instance', 'lambda-function', 'ecs-task', 'eks-cluster']);

/** Exposed compute nodes, with the internet-side steps to them and what makes them exploitable. */
function entries(sg: ScanGraph): { node: number; steps: PathStep[]; foothold: string[] }[] {
  const g = sg.graph;
  const internet = g.find('internet');
  if (internet === undefined) return [];
  const out: { node: number; steps: PathStep[]; foothold: string[] }[] = [];
  const visit = (from: number, prefix: PathStep[], depth: number): void => {
    for (const e of g.outEdges(from)) {
      if (g.edgeKind(e) !== 'reachable-from-internet') continue;
      const to = g.edgeTarget(e);
      const edge = g.edge(e);
      const steps = [...prefix, { edge, from: g.node(from), to: g.node(to) }];
      if (!COMPUTE.has(g.nodeKind(to))) {
        if (depth < 2) visit(to, steps, depth + 1);
        continue;
      }
      const foothold: string[] = [];
      const ports = edge.explanation?.ports ?? [];
      const open = ADMIN_PORTS.filter((p) => ports.some((r) => p >= r.from && p <= r.to));
      if (open.length > 0) foothold.push(`administration port${open.length > 1 ? 's' : ''} ${open.join(', ')} open to the internet`);
      for (const v of g.outEdges(to)) {
        const ve = g.edge(v);
        if (ve.kind === 'has-vulnerability' && ve.explanation?.exploit) foothold.push(ve.explanation.summary);
      }
      if (foothold.length > 0) out.push({ node: to, steps, foothold });
    }
  };
  visit(internet, [], 0);
  return out;
}

/** Every attack path of the scan: per exposed entry, the cheapest way to an administrator and to each sensitive store. */
export function attackPaths(sg: ScanGraph): AttackPath[] {
  const g = sg.graph;
  const paths: AttackPath[] = [];
  for (const entry of entries(sg)) {
    const [admin] = shortestPaths(g, [entry.node], IDENTITY_WEIGHTS, (n) => g.nodeKind(n) === 'admin', true);
    if (admin) paths.push({ kind: 'internet-to-admin', entry: g.node(entry.node), target: g.node(admin.target), foothold: entry.foothold, cost: admin.cost + entry.steps.length, steps: [...entry.steps, ...admin.steps] });
    for (const data of shortestPaths(g, [entry.node], DATA_WEIGHTS, (n) => sg.sensitivity(n) !== undefined)) {
      paths.push({ kind: 'internet-to-sensitive-data', entry: g.node(entry.node), target: g.node(data.target), foothold: entry.foothold, sensitivity: sg.sensitivity(data.target)!, cost: data.cost + entry.steps.length, steps: [...entry.steps, ...data.steps] });
    }
  }
  return paths.sort((a, b) => a.cost - b.cost || a.entry.key.localeCompare(b.entry.key));
}

/** The cheapest chain from a principal (or compute) node to an administrator, or undefined. */
export function pathToAdmin(sg: ScanGraph, from: number): { cost: number; steps: readonly PathStep[] } | undefined {
  if (sg.graph.nodeKind(from) === 'admin') return { cost: 0, steps: [] };
  const [hit] = shortestPaths(sg.graph, [from], IDENTITY_WEIGHTS, (n) => sg.graph.nodeKind(n) === 'admin', true);
  return hit ? { cost: hit.cost, steps: hit.steps } : undefined;
}

/** One line per step, for tables and finding messages. */
export function describePath(steps: readonly PathStep[]): string {
  return steps.map((s) => `${s.from.label} -[${s.edge.kind}]-> ${s.to.label}`).join(' ; ');
}
