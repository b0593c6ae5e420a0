import type { DetectionRecord } from '../findings/detection.js';
import type { Finding } from '../findings/finding.js';
import type { Severity } from '../model/core/index.js';
import type { ScanGraph } from '../graph/build.js';
import { describePath, pathToAdmin } from '../graph/paths.js';

/** Low and informational detections are hygiene signals (an admin role's routine discovery calls): linked, not raised. */
const RAISE: Readonly<Record<Severity, Severity>> = { info: 'info', low: 'low', medium: 'high', high: 'critical', critical: 'critical' };

/**
 * Correlation with posture (issue 6): a detection (medium or above) on a principal that can reach an
 * administrator in the latest posture scan's identity graph is raised one severity level and says how; every detection lists the
 * scan's failing findings on its principal, so the alert links to what made it dangerous. Principals the
 * graph does not know (another account, a deleted role) are left as they are.
 */
export function correlateWithPosture(detections: readonly DetectionRecord[], sg: ScanGraph, findings: readonly Finding[], scanId: string): DetectionRecord[] {
  const verdicts = new Map<string, string | undefined>();
  const reach = (principal: string): string | undefined => {
    if (verdicts.has(principal)) return verdicts.get(principal);
    const node = sg.graph.find(principal);
    const path = node === undefined ? undefined : pathToAdmin(sg, node);
    const why = path ? (path.steps.length === 0 ? 'is an administrator' : `can reach an administrator: ${describePath(path.steps)}`) : undefined;
    verdicts.set(principal, why);
    return why;
  };
  const onPrincipal = new Map<string, string[]>();
  for (const f of findings) {
    if (f.status !== 'fail' || f.muted) continue;
    const list = onPrincipal.get(f.resource.id) ?? [];
    if (list.length < 20) list.push(`${f.ruleId} (${f.fingerprint})`);
    onPrincipal.set(f.resource.id, list);
  }
  return detections.map((d) => {
    const why = reach(d.principal.id);
    const related = onPrincipal.get(d.principal.id) ?? [];
    if (!why && related.length === 0) return d;
    return {
      ...d,
      ...(why && RAISE[d.severity] !== d.severity ? { severity: RAISE[d.severity], message: `${d.message} — raised: in scan ${scanId} this principal ${why}` } : {}),
      posture: { scanId, ...(why ? { reachesAdmin: why } : {}), findings: related },
    };
  });
}
