import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, otherUser, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-access-key-for-other-user',
  kind: 'event',
  services: ['iam'],
  actions: ['CreateAccessKey'],
  title: 'Access key created for another IAM user',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098.001', techniqueName: 'Account Manipulation: Additional Cloud Credentials' },
  description: "A principal created an access key for an IAM user other than itself. With iam:CreateAccessKey on others, an intruder mints long-lived keys for a more privileged user and keeps access after their own is revoked.",
  falsePositives: 'Administrators issuing keys for service users through a pipeline or an admin role. Check the target user was meant to get a key and who holds the new key.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['CreateAccessKey'])) return undefined;
    const target = otherUser(e);
    return target ? `${who(e)} created an access key for IAM user ${target}` : undefined;
  },
});
