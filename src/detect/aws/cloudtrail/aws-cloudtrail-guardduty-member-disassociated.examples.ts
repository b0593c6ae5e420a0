import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const detectorId = '12abc34d567e8fa901bc2d34e56789f0';

export default defineDetectionExamples({
  fires: [
    { name: 'member leaves its administrator', records: [apiCall('guardduty', 'DisassociateFromAdministratorAccount', { detectorId })] },
    { name: 'administrator drops members', records: [apiCall('guardduty', 'DisassociateMembers', { detectorId, accountIds: ['333344445555'] })] },
  ],
  quiet: [
    { name: 'members added', records: [apiCall('guardduty', 'CreateMembers', { detectorId, accountDetails: [{ accountId: '333344445555', email: 'sec@example.com' }] })] },
    { name: 'refused', records: [refused(apiCall('guardduty', 'DisassociateFromAdministratorAccount', { detectorId }))] },
  ],
});
