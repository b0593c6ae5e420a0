import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, paramStr } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-root-access-key-created',
  kind: 'event',
  services: ['iam'],
  title: 'Access key created for the root user',
  severity: 'critical',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098.001', techniqueName: 'Account Manipulation: Additional Cloud Credentials' },
  description: 'The root user created an access key for itself: a long-lived credential with unrestricted access to the account that no IAM policy or SCP can limit.',
  falsePositives: 'Practically none; AWS advises against root access keys. A legacy tool that only works with root keys is the rare exception, and should be replaced.',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_add-key.html'],
  match(e) {
    if (e.actor.type !== 'Root' || !callEvenViaService(e, 'iam', ['CreateAccessKey']) || paramStr(e, 'userName')) return undefined;
    return `root created an access key for itself${e.sourceIp ? ` from ${e.sourceIp}` : ''}`;
  },
});
