import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused, viaService } from '../../kit/cloudtrail-records-b.js';

const call = () => apiCall('access-analyzer', 'DeleteAnalyzer', { analyzerName: 'org-analyzer' });

export default defineDetectionExamples({
  fires: [{ name: 'DeleteAnalyzer by a user', records: [call()] }],
  quiet: [
    { name: 'DeleteAnalyzer refused', records: [refused(call())] },
    { name: 'analyzer created', records: [apiCall('access-analyzer', 'CreateAnalyzer', { analyzerName: 'org-analyzer', type: 'ORGANIZATION' })] },
    { name: 'done by an AWS service for the organization', records: [viaService(call(), 'organizations.amazonaws.com')] },
  ],
});
