import { defineDetection } from '../../kit/detection.js';
import { byService } from '../../kit/aws-a-events.js';

const WINDOW_MINUTES = 5;
const SERVICES = 8;

export default defineDetection({
  id: 'aws-cloudtrail-discovery-burst',
  kind: 'threshold',
  title: 'One principal listing resources across many services',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Discovery', technique: 'T1526', techniqueName: 'Cloud Service Discovery' },
  description: `List, Describe or Get calls to ${SERVICES} or more different services by one principal within ${WINDOW_MINUTES} minutes: an inventory sweep, as done after obtaining credentials to learn what the account holds.`,
  falsePositives: 'Security and inventory scanners (this tool included), backup and cost tools, and people browsing the console dashboards. Allow-list the scanners\' roles; a workload or user that never did this before is the interesting case.',
  references: ['https://attack.mitre.org/techniques/T1526/'],
  filter: (e) => (e.action.startsWith('List') || e.action.startsWith('Describe') || e.action.startsWith('Get')) && !byService(e),
  groupBy: (e) => e.actor.id,
  distinct: (e) => e.service,
  threshold: SERVICES,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (principal, n) => `${principal} listed resources in ${n} services within ${WINDOW_MINUTES} minutes`,
});
