import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-credential-report-read',
  kind: 'event',
  services: ['iam'],
  actions: ['GetCredentialReport'],
  title: 'IAM credential report downloaded',
  severity: 'info',
  provider: 'aws',
  mitre: { tactic: 'Discovery', technique: 'T1087.004', techniqueName: 'Account Discovery: Cloud Account' },
  description: 'The IAM credential report lists every user with the state of their password, MFA and access keys: which users have no MFA and old keys. Useful to auditors and to intruders alike.',
  falsePositives: 'Compliance scanners read it daily; a person or workload that never did before is the interesting case.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html'],
  match(e) {
    return callEvenViaService(e, 'iam', ['GetCredentialReport']) ? `${who(e)} downloaded the IAM credential report` : undefined;
  },
});
