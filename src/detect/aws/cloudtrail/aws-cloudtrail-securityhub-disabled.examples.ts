import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused, viaService } from '../../kit/cloudtrail-records-b.js';

const call = () => apiCall('securityhub', 'DisableSecurityHub', null);

export default defineDetectionExamples({
  fires: [{ name: 'DisableSecurityHub by a user', records: [call()] }],
  quiet: [
    { name: 'DisableSecurityHub refused', records: [refused(call())] },
    { name: 'Security Hub enabled', records: [apiCall('securityhub', 'EnableSecurityHub', { EnableDefaultStandards: true })] },
    { name: 'done by an AWS service for the organization', records: [viaService(call(), 'organizations.amazonaws.com')] },
  ],
});
