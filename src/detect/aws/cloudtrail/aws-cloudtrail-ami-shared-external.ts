import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';
import { ec2Sharing, unknownAccounts } from '../../kit/aws-b-sharing.js';

export default defineDetection({
  id: 'aws-cloudtrail-ami-shared-external',
  kind: 'event',
  services: ['ec2'],
  actions: ['ModifyImageAttribute'],
  title: 'An AMI was shared with an unknown account',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Exfiltration', technique: 'T1537', techniqueName: 'Transfer Data to Cloud Account' },
  description: 'An AMI was shared with an account outside the organization (not the recording account and not in the known accounts): the other account can copy it, and with it the data, into infrastructure you do not control.',
  falsePositives: 'Sharing with a partner, vendor or a new organization account not yet listed. List the organization accounts in the detection context.',
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-explicit.html'],
  match(e, ctx) {
    if (!principalCall(e, 'ec2', 'ModifyImageAttribute')) return undefined;
    const s = ec2Sharing(e, 'launchPermission');
    const accounts = unknownAccounts(s, e, ctx);
    if (accounts.length === 0) return undefined;
    return `${who(e)} shared AMI ${asString(req(e, 'imageId')) ?? '(unnamed)'} with account ${accounts.join(', ')}${ctx.knownAccounts.size === 0 ? ' (no organization accounts configured)' : ''}`;
  },
});
