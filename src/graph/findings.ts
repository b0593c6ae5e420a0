/**
 * The graph's results as findings, so they flow into the store, outputs and compliance like any rule's:
 * `aws-iam-privesc-<technique>` on the principal that can escalate to administrator, and
 * `aws-attack-path-<kind>` on the exposed compute a path enters through. Fingerprints follow the engine's
 * recipe (rule id + resource uid + IaC file + discriminator), so a path seen in two scans is one finding.
 * Risk is left to the engine's scorer; `attackPathFactor` is the context factor that ranks every finding on
 * a resource of an attack path above the same finding elsewhere.
 */
import type { Evidence, Resource, Severity } from '../model/core/index.js';
import type { Finding } from '../findings/finding.js';
import { stableHash } from '../shared/hash.js';
import type { ScanGraph } from './build.js';
import { ATTACK_PATH_KINDS, describePath, pathToAdmin, type AttackPath } from './paths.js';
import { TECHNIQUES, techniqueById } from './privesc/index.js';
import type { PathStep } from './search.js';

const REFERENCES = ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html'];

function findingOf(r: Resource, ruleId: string, f: Pick<Finding, 'title' | 'severity' | 'status' | 'message' | 'evidence' | 'description' | 'remediation'>, discriminator: string): Finding {
  const resource: { -readonly [K in keyof Finding['resource']]: Finding['resource'][K] } = { id: r.uid, type: r.type, name: r.name, provider: r.provider };
  if (r.account) resource.account = r.account;
  if (r.region) resource.region = r.region;
  if (r.origin.kind === 'iac') resource.address = r.origin.address;
  const file = r.origin.kind === 'iac' ? r.origin.file : '';
  const location = r.source.kind === 'iac' ? { location: { file: r.source.file, startLine: r.source.startLine, endLine: r.source.endLine } } : {};
  return { ruleId, ...f, resource, ...location, source: r.source, references: REFERENCES, frameworks: [], fingerprint: stableHash(ruleId, r.uid, file, discriminator) };
}

const PRIVESC_SEVERITY: Severity = 'high';
const ATTACK_PATH_SEVERITY: Severity = 'critical';

/** Every id the graph's findings can carry, with its severity: what `--rule`, `--skip-rule` and `--severity` select from. */
export function graphFindingIds(): readonly { readonly id: string; readonly severity: Severity; readonly provider: 'aws' }[] {
  return [
    ...TECHNIQUES.map((t) => ({ id: `aws-iam-privesc-${t.id}`, severity: PRIVESC_SEVERITY, provider: 'aws' as const })),
    ...ATTACK_PATH_KINDS.map((k) => ({ id: `aws-attack-path-${k}`, severity: ATTACK_PATH_SEVERITY, provider: 'aws' as const })),
  ];
}

function stepEvidence(steps: readonly string[], r: Resource): Evidence[] {
  return steps.map((s, i) => ({ path: `steps[${i}]`, value: s, kind: 'explicit' as const, source: r.source }));
}

function pathEvidence(steps: readonly PathStep[], r: Resource): Evidence[] {
  return steps.map((s, i) => ({ path: `path[${i}]`, value: { from: s.from.key, edge: s.edge.kind, to: s.to.key, why: s.edge.explanation?.summary, details: s.edge.explanation?.steps ?? [] }, kind: 'explicit' as const, source: r.source }));
}

/** One finding per principal and technique that leads to administrator (and is not an administrator already). */
export function privescFindings(sg: ScanGraph): Finding[] {
  const g = sg.graph;
  const out: Finding[] = [];
  for (const e of sg.escalations) {
    const from = g.find(e.principal.uid);
    if (from === undefined || [...g.outEdges(from)].some((x) => g.edgeKind(x) === 'is-admin')) continue;
    const t = techniqueById(e.technique)!;
    let chain = '';
    if (e.gain.kind === 'principal') {
      const target = g.find(e.gain.target.uid);
      const rest = target === undefined ? undefined : pathToAdmin(sg, target);
      if (!rest) continue;
      chain = rest.steps.length > 0 ? `, then ${describePath(rest.steps)}` : `, which is an administrator`;
    }
    const gains = e.gain.kind === 'admin' ? 'administrator of its account' : `${e.gain.target.name}${chain}`;
    const status = e.certainty === 'proven' ? 'fail' : 'unknown';
    out.push(findingOf(e.principal, `aws-iam-privesc-${t.id}`, {
      title: `Privilege escalation: ${t.title.charAt(0).toLowerCase()}${t.title.slice(1)}`,
      severity: PRIVESC_SEVERITY,
      status,
      message: `${e.principal.name} can become ${gains} (${t.id})${status === 'unknown' ? '; what it yields is not in the scan' : ''}`,
      evidence: stepEvidence(e.steps, e.principal),
      description: `${t.description} Requires: ${t.requires.join('; ')}.`,
      remediation: { console: `Remove ${t.requires[0]} from ${e.principal.name}'s policies, narrow its Resource to what it needs, or add a permissions boundary or an explicit Deny that excludes it.` },
    }, e.gain.kind === 'admin' ? 'admin' : e.gain.target.uid));
  }
  return out;
}

/** One finding per attack path, on the entry compute. */
export function attackPathFindings(sg: ScanGraph, paths: readonly AttackPath[]): Finding[] {
  return paths.flatMap((p): Finding[] => {
    const entry = sg.resourceOf(p.entry.id);
    if (!entry) return [];
    const toAdmin = p.kind === 'internet-to-admin';
    return [findingOf(entry, `aws-attack-path-${p.kind}`, {
      title: toAdmin ? 'Attack path from the internet to an account administrator' : 'Attack path from the internet to sensitive data',
      severity: ATTACK_PATH_SEVERITY,
      status: 'fail',
      message: `${p.entry.label} (${p.foothold.join('; ')}) leads to ${p.target.label}${p.sensitivity ? ` (${p.sensitivity})` : ''}: ${describePath(p.steps)}`,
      evidence: pathEvidence(p.steps, entry),
      description: 'The internet reaches this compute, which an attacker can take over, and its role leads, through trust and privilege escalation, to ' + (toAdmin ? 'administrator of an account.' : 'a store of sensitive data.'),
      remediation: { console: 'Break the chain at its cheapest link: close the port or patch the vulnerability, remove the public address, or narrow the role (no iam:PassRole on *, no escalation permissions).' },
    }, p.target.key)];
  });
}

/** The risk engine's `attack-path` context factor: resources on a path rank above the same finding elsewhere. */
export function attackPathFactor(sg: ScanGraph, paths: readonly AttackPath[]): (subject: Resource) => { factor: string; weight: number; detail: string } | undefined {
  const on = new Map<string, { weight: number; detail: string }>();
  for (const p of paths) {
    const weight = p.kind === 'internet-to-admin' ? 60 : 45;
    const detail = `on an attack path from the internet through ${p.entry.label} to ${p.target.label}`;
    for (const s of p.steps) {
      for (const n of [s.from, s.to]) {
        const r = sg.resourceOf(n.id);
        if (r && (on.get(r.uid)?.weight ?? 0) < weight) on.set(r.uid, { weight, detail });
      }
    }
  }
  return (subject) => {
    const hit = on.get(subject.uid);
    return hit ? { factor: 'attack-path', ...hit } : undefined;
  };
}
