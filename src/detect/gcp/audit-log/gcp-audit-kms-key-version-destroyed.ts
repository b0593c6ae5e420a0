import { defineDetection } from '../../kit/detection.js';
import { gcpWho, okMethod, reqValue, resourceOf } from '../../kit/gcp-events.js';

export default defineDetection({
  id: 'gcp-audit-kms-key-version-destroyed',
  kind: 'event',
  title: 'Cloud KMS key version scheduled for destruction or disabled',
  severity: 'high',
  provider: 'gcp',
  mitre: { tactic: 'Impact', technique: 'T1485', techniqueName: 'Data Destruction' },
  description: 'A Cloud KMS key version was scheduled for destruction, or updated to the DISABLED state: data encrypted with it cannot be decrypted (for good once destroyed), which is how ransomware against cloud data ends.',
  falsePositives: 'Key rotation that retires versions no data depends on. Check whether any resource still uses the version.',
  references: ['https://cloud.google.com/kms/docs/destroy-restore', 'https://cloud.google.com/kms/docs/enable-disable'],
  match(e) {
    if (okMethod(e, 'google.cloud.kms.v1.KeyManagementService.DestroyCryptoKeyVersion')) {
      return `${gcpWho(e)} scheduled key version ${String(reqValue(e, 'name') ?? resourceOf(e))} for destruction`;
    }
    if (okMethod(e, 'google.cloud.kms.v1.KeyManagementService.UpdateCryptoKeyVersion') && reqValue(e, 'cryptoKeyVersion', 'state') === 'DISABLED') {
      return `${gcpWho(e)} disabled key version ${String(reqValue(e, 'cryptoKeyVersion', 'name') ?? resourceOf(e))}`;
    }
    return undefined;
  },
});
