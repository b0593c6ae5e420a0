import { defineDetection } from '../../kit/detection.js';
import { principalCall, who } from '../../kit/aws-b-params.js';
import { launchOf } from '../../kit/aws-b-ec2-launch.js';

const LARGE = 20;

export default defineDetection({
  id: 'aws-cloudtrail-ec2-large-launch',
  kind: 'event',
  services: ['ec2'],
  actions: ['RunInstances'],
  title: 'Many instances launched in one call',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1496', techniqueName: 'Resource Hijacking' },
  description: `RunInstances launching ${LARGE} or more instances at once: the signature of cryptomining on stolen credentials, which scales out as far as the account's quotas allow.`,
  falsePositives: 'Batch and HPC jobs, or scale-out by a person instead of an Auto Scaling group. Auto Scaling and EMR launches are made by AWS services and are not reported.',
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-ec2.html'],
  match(e) {
    if (!principalCall(e, 'ec2', 'RunInstances')) return undefined;
    const l = launchOf(e);
    if (l.count < LARGE) return undefined;
    return `${who(e)} launched ${l.count} ${l.instanceType ?? ''} instances in ${e.region ?? 'an unknown region'}`.replace(/ {2}/, ' ');
  },
});
