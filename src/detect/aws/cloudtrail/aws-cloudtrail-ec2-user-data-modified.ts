import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-ec2-user-data-modified',
  kind: 'event',
  services: ['ec2'],
  actions: ['ModifyInstanceAttribute'],
  title: 'An instance\'s user data was changed',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1037', techniqueName: 'Boot or Logon Initialization Scripts' },
  description: 'ModifyInstanceAttribute set new user data on an existing instance. User data scripts run as root at boot (every boot with a cloud-init per-boot section): change it, stop and start the instance, and the attacker\'s code runs with the instance role.',
  falsePositives: 'Rare outside of debugging: user data is normally set at launch. Compare with the launch template.',
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html'],
  match(e) {
    if (!principalCall(e, 'ec2', 'ModifyInstanceAttribute')) return undefined;
    // The value itself is redacted in the log; the key says user data was the attribute changed.
    if (req(e, 'userData') === undefined && asString(req(e, 'attribute')) !== 'userData') return undefined;
    return `${who(e)} changed the user data of instance ${asString(req(e, 'instanceId')) ?? '(unnamed)'}`;
  },
});
