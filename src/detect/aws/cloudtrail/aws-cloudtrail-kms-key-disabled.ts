import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-kms-key-disabled',
  kind: 'event',
  services: ['kms'],
  actions: ['DisableKey'],
  title: 'A KMS key was disabled',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1485', techniqueName: 'Data Destruction' },
  description: 'DisableKey: data encrypted under the key cannot be decrypted until it is enabled again, which takes down whatever depends on it (databases, volumes, applications). Also used to hold data hostage.',
  falsePositives: 'Key rotation by hand, or checking that nothing still uses a key before deleting it.',
  references: ['https://docs.aws.amazon.com/kms/latest/APIReference/API_DisableKey.html'],
  match(e) {
    if (!principalCall(e, 'kms', 'DisableKey')) return undefined;
    return `${who(e)} disabled KMS key ${asString(req(e, 'keyId')) ?? '(unnamed)'}`;
  },
});
