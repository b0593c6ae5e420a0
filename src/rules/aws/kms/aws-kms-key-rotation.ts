import { isKnown } from '../../../model/core/index.js';
import { check, defineRule, evidence, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-kms-key-rotation',
  title: 'KMS customer-managed key does not have automatic rotation enabled',
  severity: 'medium',
  provider: 'aws',
  service: 'kms',
  resourceType: 'aws.kms.key',
  description:
    'Automatic rotation should be on for symmetric encryption keys that the customer manages. Asymmetric and HMAC keys, AWS-managed keys and keys pending deletion are not judged (AWS does not offer, or already does, rotation for them).',
  risk: 'A key that never rotates protects ever more data with the same material, widening the impact if that material is ever exposed; several standards require yearly rotation.',
  remediation: {
    cli: 'aws kms enable-key-rotation --key-id KEY_ID',
    terraform: `resource "aws_kms_key" "this" {
  enable_key_rotation = true
}`,
    cloudformation: `Type: AWS::KMS::Key
Properties:
  EnableKeyRotation: true`,
    console: 'KMS > Customer managed keys > key > Key rotation > tick Automatically rotate this KMS key every year > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-4',
  ],
  evaluate(key) {
    const { keyManager, keySpec, pendingDeletion, rotationEnabled } = key.properties;
    if (isKnown(keyManager) && keyManager.value === 'AWS') return undefined;
    if (isKnown(keySpec) && keySpec.value !== 'SYMMETRIC_DEFAULT') return undefined;
    if (isKnown(pendingDeletion) && pendingDeletion.value) return undefined;
    if (!isKnown(keyManager) || !isKnown(keySpec)) {
      const why = (!isKnown(keyManager) ? keyManager.reason : keySpec.reason) ?? 'unresolvable';
      return unknown(`Whether this is a customer-managed symmetric key could not be determined: ${why}`, evidence('keyManager', keyManager), evidence('keySpec', keySpec));
    }
    return check('rotationEnabled', rotationEnabled, (b) => b, {
      pass: 'Automatic key rotation is enabled',
      fail: 'Automatic key rotation is not enabled on this symmetric customer-managed key',
    });
  },
});
