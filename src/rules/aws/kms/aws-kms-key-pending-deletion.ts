import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-kms-key-pending-deletion',
  title: 'KMS key is scheduled for deletion',
  severity: 'medium',
  provider: 'aws',
  service: 'kms',
  resourceType: 'aws.kms.key',
  description:
    'Reports keys in the PendingDeletion state so someone confirms that no data still depends on them. Deletion is scheduled through the API, so this is judged on live accounts and imports; IaC-declared keys are never pending deletion.',
  risk: 'Once the waiting period ends the key material is gone for good, and every object, volume, secret or backup encrypted under it becomes unreadable.',
  remediation: {
    cli: 'aws kms cancel-key-deletion --key-id KEY_ID && aws kms enable-key --key-id KEY_ID',
    console: 'KMS > Customer managed keys > key > Key actions > Cancel key deletion, then Enable.',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-3',
  ],
  evaluate(key) {
    return check('pendingDeletion', key.properties.pendingDeletion, (b) => !b, {
      pass: 'The key is not scheduled for deletion',
      fail: 'The key is scheduled for deletion',
    });
  },
});
