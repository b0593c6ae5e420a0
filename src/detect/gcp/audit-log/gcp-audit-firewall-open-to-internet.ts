import { defineDetection } from '../../kit/detection.js';
import { anyInternet, gcpWho, listOf, okMethod, reqValue, resourceOf, stringsOf } from '../../kit/gcp-events.js';

export default defineDetection({
  id: 'gcp-audit-firewall-open-to-internet',
  kind: 'event',
  title: 'VPC firewall rule allows ingress from the internet',
  severity: 'high',
  provider: 'gcp',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.007', techniqueName: 'Impair Defenses: Disable or Modify Cloud Firewall' },
  description: 'A VPC firewall rule was created or changed to allow ingress from 0.0.0.0/0 (or ::/0). Compute logs the request on the operation\'s first entry, which is the one judged.',
  falsePositives: 'Rules for public load-balanced web ports. Check the ports and target tags: SSH, RDP and databases should not be open to all.',
  references: ['https://cloud.google.com/firewall/docs/firewalls', 'https://cloud.google.com/compute/docs/logging/audit-logging'],
  match(e) {
    if (!okMethod(e, 'compute.firewalls.insert', 'compute.firewalls.patch', 'compute.firewalls.update')) return undefined;
    const direction = reqValue(e, 'direction');
    if ((direction !== undefined && direction !== 'INGRESS') || reqValue(e, 'disabled') === true) return undefined;
    if (!anyInternet(stringsOf(reqValue(e, 'sourceRanges')))) return undefined;
    // The audit log writes the repeated `allowed` field as `alloweds`.
    const allowed = listOf(reqValue(e, 'alloweds') ?? reqValue(e, 'allowed'));
    if (allowed.length === 0) return undefined;
    const what = allowed.map((a) => {
      const r = typeof a === 'object' && a !== null ? (a as Record<string, unknown>) : {};
      const ports = stringsOf(r['ports']);
      return `${String(r['IPProtocol'] ?? r['ipProtocol'] ?? 'all')}${ports.length ? `:${ports.join(',')}` : ''}`;
    });
    return `${gcpWho(e)} allowed ${what.join(' ')} from the internet in firewall rule ${String(reqValue(e, 'name') ?? resourceOf(e))}`;
  },
});
