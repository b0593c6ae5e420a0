import { defineDetection } from '../../kit/detection.js';
import { principalCall, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-ec2-serial-console-enabled',
  kind: 'event',
  services: ['ec2'],
  actions: ['EnableSerialConsoleAccess'],
  title: 'EC2 serial console access was enabled',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Lateral Movement', technique: 'T1021.008', techniqueName: 'Remote Services: Direct Cloud VM Connections' },
  description: 'EnableSerialConsoleAccess allows interactive console sessions to instances at the account level, a way in that bypasses security groups and SSH keys when combined with a local password.',
  falsePositives: 'Troubleshooting instances that do not boot. Turn it off again afterwards.',
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configure-access-to-serial-console.html'],
  match(e) {
    if (!principalCall(e, 'ec2', 'EnableSerialConsoleAccess')) return undefined;
    return `${who(e)} enabled EC2 serial console access in ${e.region ?? 'an unknown region'}`;
  },
});
