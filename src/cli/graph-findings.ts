import type { Resource } from '../model/core/index.js';
import type { Finding } from '../findings/finding.js';
import type { ContextFactor } from '../engine/risk/index.js';
import { buildGraph } from '../graph/build.js';
import { attackPaths } from '../graph/paths.js';
import { attackPathFactor, attackPathFindings, privescFindings } from '../graph/findings.js';

/**
 * What the identity and attack-path graph adds to a scan (issue 5): privilege-escalation and attack-path
 * findings, and the `attack-path` risk factor that ranks a finding on a resource on a path above the same
 * finding elsewhere. Built only when the inventory holds AWS identities (a Kubernetes-only IaC scan has no
 * graph to build). The findings are judged, muted, scored, stored and rendered like every rule's.
 */
export interface GraphContribution {
  readonly findings: readonly Finding[];
  readonly factor?: ContextFactor;
}

export function graphContribution(resources: readonly Resource[]): GraphContribution {
  if (!resources.some((r) => r.type === 'aws.iam.role' || r.type === 'aws.iam.user')) return { findings: [] };
  const sg = buildGraph(resources, { escalations: true });
  const paths = attackPaths(sg);
  const onPath = attackPathFactor(sg, paths);
  return { findings: [...privescFindings(sg), ...attackPathFindings(sg, paths)], factor: (subject) => onPath(subject) };
}
