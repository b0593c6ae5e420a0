import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';
import { ec2Sharing } from '../../kit/aws-b-sharing.js';

export default defineDetection({
  id: 'aws-cloudtrail-ami-public',
  kind: 'event',
  services: ['ec2'],
  actions: ['ModifyImageAttribute'],
  title: 'An AMI was made public',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Exfiltration', technique: 'T1537', techniqueName: 'Transfer Data to Cloud Account' },
  description: 'An AMI was made public: any AWS account can copy it and read the data in it (volumes, databases, baked-in secrets). The most common way snapshots leak.',
  falsePositives: 'Publishing a public AMI or sample dataset on purpose. Those should come from a dedicated publishing account.',
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html'],
  match(e) {
    if (!principalCall(e, 'ec2', 'ModifyImageAttribute')) return undefined;
    const s = ec2Sharing(e, 'launchPermission');
    if (!s.public) return undefined;
    return `${who(e)} made AMI ${asString(req(e, 'imageId')) ?? '(unnamed)'} public`;
  },
});
