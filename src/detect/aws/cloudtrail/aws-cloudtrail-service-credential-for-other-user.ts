import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, otherUser, paramStr, who } from '../../kit/aws-a-events.js';

export default defineDetection({
  id: 'aws-cloudtrail-service-credential-for-other-user',
  kind: 'event',
  services: ['iam'],
  actions: ['CreateServiceSpecificCredential', 'UploadSSHPublicKey'],
  title: 'Service-specific credential or SSH key added to another IAM user',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098.001', techniqueName: 'Account Manipulation: Additional Cloud Credentials' },
  description: 'A principal created a service-specific credential (CodeCommit, Keyspaces, Bedrock) or uploaded an SSH public key for another IAM user. These credentials are easy to overlook when keys are rotated or a user is disabled.',
  falsePositives: 'Administrators setting up Git access for a colleague. Check the user expected it.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateServiceSpecificCredential.html', 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSSHPublicKey.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['CreateServiceSpecificCredential', 'UploadSSHPublicKey'])) return undefined;
    const target = otherUser(e);
    if (!target) return undefined;
    const what = e.action === 'UploadSSHPublicKey' ? 'an SSH public key' : `a ${paramStr(e, 'serviceName') ?? 'service-specific'} credential`;
    return `${who(e)} added ${what} to IAM user ${target}`;
  },
});
