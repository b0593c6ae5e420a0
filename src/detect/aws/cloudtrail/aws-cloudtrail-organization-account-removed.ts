import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-organization-account-removed',
  kind: 'event',
  services: ['organizations'],
  actions: ['RemoveAccountFromOrganization'],
  title: 'Account removed from the AWS organization',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1666', techniqueName: 'Modify Cloud Resource Hierarchy' },
  description: 'The management account removed a member account (RemoveAccountFromOrganization). The account leaves the reach of SCPs, the organization trail and central security services; an intruder in the management account can use it to hide one account\'s activity.',
  falsePositives: 'Planned divestitures and account clean-up, normally with a change ticket.',
  references: ['https://docs.aws.amazon.com/organizations/latest/APIReference/API_RemoveAccountFromOrganization.html'],
  match(e) {
    return callEvenViaService(e, 'organizations', ['RemoveAccountFromOrganization']) ? `${who(e)} removed account ${paramStr(e, 'accountId') ?? '(unknown)'} from the organization` : undefined;
  },
});
