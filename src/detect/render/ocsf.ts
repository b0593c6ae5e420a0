import type { DetectionResult } from '../engine.js';
import type { DetectionReport } from './json.js';
import { sortDetections } from './json.js';

/**
 * OCSF 1.1 Detection Finding (class 2004, category 2 Findings), one object per detection, as a JSON array
 * (the form SIEM importers and Security Lake custom sources take). Severity ids: 1 informational .. 5
 * critical; activity 1 (Create); status 1 (New). MITRE tactics carry their ATT&CK ids.
 */
const SEVERITY_ID = { info: 1, low: 2, medium: 3, high: 4, critical: 5 } as const;
const SEVERITY_NAME = { info: 'Informational', low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' } as const;

const TACTICS: Readonly<Record<string, string>> = {
  Reconnaissance: 'TA0043', 'Resource Development': 'TA0042', 'Initial Access': 'TA0001', Execution: 'TA0002', Persistence: 'TA0003',
  'Privilege Escalation': 'TA0004', 'Defense Evasion': 'TA0005', 'Credential Access': 'TA0006', Discovery: 'TA0007', 'Lateral Movement': 'TA0008',
  Collection: 'TA0009', 'Command and Control': 'TA0011', Exfiltration: 'TA0010', Impact: 'TA0040',
};

const CLOUD_PROVIDER = { aws: 'AWS', azure: 'Azure', gcp: 'GCP' } as const;

export function toOcsf(d: DetectionResult, productVersion: string): Record<string, unknown> {
  const time = Date.parse(d.time);
  return {
    class_uid: 2004,
    class_name: 'Detection Finding',
    category_uid: 2,
    category_name: 'Findings',
    activity_id: 1,
    activity_name: 'Create',
    type_uid: 200401,
    type_name: 'Detection Finding: Create',
    severity_id: SEVERITY_ID[d.severity],
    severity: SEVERITY_NAME[d.severity],
    status_id: 1,
    status: 'New',
    time,
    message: d.message,
    metadata: { version: '1.1.0', product: { name: 'cloudwarden', vendor_name: 'cloudwarden', version: productVersion }, log_name: 'detections' },
    finding_info: {
      uid: `${d.detectionId}:${d.events[0] ?? d.time}`,
      title: d.title,
      desc: d.message,
      types: [d.mitre.tactic],
      first_seen_time: Date.parse(d.firstTime),
      last_seen_time: time,
      analytic: { uid: d.detectionId, name: d.title, type_id: 1, type: 'Rule' },
      attacks: [{ tactic: { name: d.mitre.tactic, uid: TACTICS[d.mitre.tactic] ?? '' }, technique: { name: d.mitre.techniqueName, uid: d.mitre.technique }, version: '14' }],
      related_events: d.events.map((uid) => ({ uid })),
    },
    actor: { user: { uid: d.principal.id, name: d.principal.name, type: d.principal.type } },
    ...(d.sourceIp ? { src_endpoint: { ip: d.sourceIp } } : {}),
    cloud: { provider: CLOUD_PROVIDER[d.provider], ...(d.account ? { account: { uid: d.account } } : {}), ...(d.region ? { region: d.region } : {}) },
    resources: d.resources.map((uid) => ({ uid })),
    count: d.eventCount,
  };
}

export function renderDetectionsOcsf(r: DetectionReport, productVersion: string): string {
  return `${JSON.stringify(sortDetections(r.detections).map((d) => toOcsf(d, productVersion)), null, 2)}\n`;
}
