import { defineDetection } from '../../kit/detection.js';
import { GLOBAL_SERVICES, byService, readOnly, succeeded } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-unused-region-activity',
  kind: 'event',
  title: 'Change made in a region the organization does not use',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1535', techniqueName: 'Unused/Unsupported Cloud Regions' },
  description: 'A successful write call in a region outside the list of regions in use. Intruders launch crypto-mining instances or hide resources in regions nobody looks at. Read-only calls are left out (scanners and the console sweep every region), and so are global services, whose events land in us-east-1 whatever the region used. Quiet unless regions in use are configured.',
  falsePositives: 'A team starting to work in a new region before the list was updated; services that create resources in several regions by design (for example replication).',
  references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html', 'https://attack.mitre.org/techniques/T1535/'],
  match(e, ctx) {
    if (ctx.usedRegions.size === 0 || !e.region || ctx.usedRegions.has(e.region)) return undefined;
    if (GLOBAL_SERVICES.has(e.service) || readOnly(e) || !succeeded(e) || byService(e) || e.eventType === 'AwsServiceEvent') return undefined;
    return `${e.actor.name} called ${e.service}:${e.action} in unused region ${e.region}${e.sourceIp ? ` from ${e.sourceIp}` : ''}`;
  },
});
