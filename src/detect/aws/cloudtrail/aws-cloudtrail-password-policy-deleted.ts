import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-password-policy-deleted',
  kind: 'event',
  services: ['iam'],
  actions: ['DeleteAccountPasswordPolicy'],
  title: 'Account password policy deleted',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Credential Access', technique: 'T1556', techniqueName: 'Modify Authentication Process' },
  description: 'The account password policy was deleted: IAM users may then set any password of 8 characters or more, never expire it and reuse old ones.',
  falsePositives: 'Accounts whose people sign in only through an identity provider; still, keeping a strict policy costs nothing.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccountPasswordPolicy.html'],
  match(e) {
    return callEvenViaService(e, 'iam', ['DeleteAccountPasswordPolicy']) ? `${who(e)} deleted the account password policy` : undefined;
  },
});
