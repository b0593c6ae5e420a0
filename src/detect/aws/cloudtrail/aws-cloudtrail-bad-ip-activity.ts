import { defineDetection } from '../../kit/detection.js';
import { byService } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-bad-ip-activity',
  kind: 'event',
  title: 'Activity from a listed hostile IP address',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Initial Access', technique: 'T1078.004', techniqueName: 'Valid Accounts: Cloud Accounts' },
  description: 'A call or sign-in came from an address on the user-supplied list of bad IPs or Tor exit nodes. Valid credentials are being used from infrastructure the organization considers hostile. Failed calls count too: someone there holds credentials, or is trying them.',
  falsePositives: 'Stale entries in the list (addresses get reassigned), and staff who use Tor on purpose. Check the list\'s source and age.',
  references: ['https://check.torproject.org/torbulkexitlist', 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-iam.html'],
  // One alert per principal and address per hour, citing every call, rather than one per call.
  fold: { key: (e) => `${e.actor.id}|${e.sourceIp ?? ''}`, windowMs: 60 * 60_000 },
  match(e, ctx) {
    if (!e.sourceIp || byService(e) || !ctx.badIps.has(e.sourceIp)) return undefined;
    return `${e.actor.name} called ${e.service}:${e.action} from listed address ${e.sourceIp}${e.errorCode ? ` (refused: ${e.errorCode})` : ''}`;
  },
});
