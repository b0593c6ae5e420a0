import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-organization-account-created',
  kind: 'event',
  services: ['organizations'],
  actions: ['CreateAccount', 'CreateGovCloudAccount'],
  title: 'New account created in the organization',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1136.003', techniqueName: 'Create Account: Cloud Account' },
  description: 'The management account created a member account (CreateAccount). An intruder can create an account to run resources billed to the organization, reachable through the OrganizationAccountAccessRole they control.',
  falsePositives: 'Account vending (Control Tower, account factories); these come from a known role.',
  references: ['https://docs.aws.amazon.com/organizations/latest/APIReference/API_CreateAccount.html'],
  match(e) {
    if (!callEvenViaService(e, 'organizations', ['CreateAccount', 'CreateGovCloudAccount'])) return undefined;
    // The account's email is personal data of the requester; the account name is enough to find it.
    return `${who(e)} created organization account ${paramStr(e, 'accountName') ?? '(unnamed)'}`;
  },
});
