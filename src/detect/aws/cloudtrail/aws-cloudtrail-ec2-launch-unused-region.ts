import { defineDetection } from '../../kit/detection.js';
import { principalCall, who } from '../../kit/aws-b-params.js';
import { launchOf } from '../../kit/aws-b-ec2-launch.js';

export default defineDetection({
  id: 'aws-cloudtrail-ec2-launch-unused-region',
  kind: 'event',
  services: ['ec2'],
  title: 'Instances launched in a region the organization does not use',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1535', techniqueName: 'Unused/Unsupported Cloud Regions' },
  description: 'RunInstances in a region outside the configured list of used regions: attackers mine or stage in regions nobody looks at. Silent when no used regions are configured.',
  falsePositives: 'A new region being adopted before the configuration was updated.',
  references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html#example-scp-deny-region'],
  match(e, ctx) {
    if (ctx.usedRegions.size === 0 || !e.region || ctx.usedRegions.has(e.region)) return undefined;
    if (!principalCall(e, 'ec2', 'RunInstances')) return undefined;
    const l = launchOf(e);
    return `${who(e)} launched ${l.count} ${l.instanceType ?? 'unknown-type'} instance(s) in unused region ${e.region}`;
  },
});
