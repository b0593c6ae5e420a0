import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';

export default defineDetectionExamples({
  fires: [{ name: 'material deleted', records: [apiCall('kms', 'DeleteImportedKeyMaterial', { keyId })] }],
  quiet: [
    { name: 'material imported', records: [apiCall('kms', 'ImportKeyMaterial', { keyId, expirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' })] },
    { name: 'refused', records: [refused(apiCall('kms', 'DeleteImportedKeyMaterial', { keyId }))] },
  ],
});
