import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const disable = () => apiCall('ec2', 'DisableEbsEncryptionByDefault', { DisableEbsEncryptionByDefaultRequest: '' }, { responseElements: { DisableEbsEncryptionByDefaultResponse: { xmlns: 'http://ec2.amazonaws.com/doc/2016-11-15/', requestId: 'c1d2e3f4-1111-2222-3333-444455556666', ebsEncryptionByDefault: false } } });

export default defineDetectionExamples({
  fires: [{ name: 'turned off', records: [disable()] }],
  quiet: [
    { name: 'turned on', records: [apiCall('ec2', 'EnableEbsEncryptionByDefault', { EnableEbsEncryptionByDefaultRequest: '' })] },
    { name: 'refused', records: [refused(disable(), 'Client.UnauthorizedOperation')] },
  ],
});
