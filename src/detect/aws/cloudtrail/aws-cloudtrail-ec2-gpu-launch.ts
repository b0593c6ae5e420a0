import { defineDetection } from '../../kit/detection.js';
import { principalCall, who } from '../../kit/aws-b-params.js';
import { isAcceleratedType, launchOf } from '../../kit/aws-b-ec2-launch.js';

export default defineDetection({
  id: 'aws-cloudtrail-ec2-gpu-launch',
  kind: 'event',
  services: ['ec2'],
  actions: ['RunInstances'],
  title: 'GPU or accelerator instances were launched',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1496', techniqueName: 'Resource Hijacking' },
  description: 'RunInstances with an accelerated instance type (p, g, trn, inf, f, dl families). Few accounts run these day to day; cryptominers on stolen credentials reach for them first. Low on its own; with a large count or an unused region it is an incident.',
  falsePositives: 'Machine-learning and rendering teams. Known principals that launch GPUs regularly can be suppressed.',
  references: ['https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html'],
  match(e) {
    if (!principalCall(e, 'ec2', 'RunInstances')) return undefined;
    const l = launchOf(e);
    if (!l.instanceType || !isAcceleratedType(l.instanceType)) return undefined;
    return `${who(e)} launched ${l.count} ${l.instanceType} instance(s) in ${e.region ?? 'an unknown region'}`;
  },
});
