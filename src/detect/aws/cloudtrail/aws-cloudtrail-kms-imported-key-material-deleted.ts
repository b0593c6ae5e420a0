import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-kms-imported-key-material-deleted',
  kind: 'event',
  services: ['kms'],
  actions: ['DeleteImportedKeyMaterial'],
  title: 'Imported KMS key material was deleted',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1485', techniqueName: 'Data Destruction' },
  description: 'DeleteImportedKeyMaterial: the key becomes unusable at once, with no waiting period. Data encrypted under it stays unreadable unless the same key material is imported again, which only works if someone kept a copy.',
  falsePositives: 'Planned rotation of imported material by a team that holds the originals.',
  references: ['https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteImportedKeyMaterial.html'],
  match(e) {
    if (!principalCall(e, 'kms', 'DeleteImportedKeyMaterial')) return undefined;
    return `${who(e)} deleted the imported key material of KMS key ${asString(req(e, 'keyId')) ?? '(unnamed)'}`;
  },
});
