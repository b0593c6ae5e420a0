import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-iam-user-created',
  kind: 'event',
  services: ['iam'],
  actions: ['CreateUser'],
  title: 'IAM user created',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1136.003', techniqueName: 'Create Account: Cloud Account' },
  description: 'A new IAM user. Organizations that sign in through an identity provider rarely need IAM users; a new one may be a backdoor account. Worth a look, not an alarm on its own.',
  falsePositives: 'Onboarding and service users created by infrastructure code; check it was created by the usual pipeline or administrator.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['CreateUser'])) return undefined;
    return `${who(e)} created IAM user ${paramStr(e, 'userName') ?? '(unnamed)'}`;
  },
});
