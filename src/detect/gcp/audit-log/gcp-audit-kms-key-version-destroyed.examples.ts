import { defineDetectionExamples } from '../../kit/examples.js';
import { gcpEntry, PROJECT } from '../../kit/gcp-records.js';

const version = `projects/${PROJECT}/locations/europe-west1/keyRings/payments/cryptoKeys/db-cmek/cryptoKeyVersions/3`;
const call = (method: string, request: Record<string, unknown>, code?: number) => gcpEntry({ service: 'cloudkms.googleapis.com', method: `google.cloud.kms.v1.KeyManagementService.${method}`, resourceName: version, resourceType: 'cloudkms_cryptokeyversion', request, ...(code ? { code } : {}) });

export default defineDetectionExamples({
  fires: [
    { name: 'version scheduled for destruction', records: [call('DestroyCryptoKeyVersion', { name: version })] },
    { name: 'version disabled', records: [call('UpdateCryptoKeyVersion', { cryptoKeyVersion: { name: version, state: 'DISABLED' }, updateMask: 'state' })] },
  ],
  quiet: [
    { name: 'version re-enabled', records: [call('UpdateCryptoKeyVersion', { cryptoKeyVersion: { name: version, state: 'ENABLED' }, updateMask: 'state' })] },
    { name: 'destruction denied', records: [call('DestroyCryptoKeyVersion', { name: version }, 7)] },
    { name: 'destruction cancelled', records: [call('RestoreCryptoKeyVersion', { name: version })] },
  ],
});
