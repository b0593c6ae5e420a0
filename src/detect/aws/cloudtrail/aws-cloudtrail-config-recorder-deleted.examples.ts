import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused, viaService } from '../../kit/cloudtrail-records-b.js';

const call = () => apiCall('config', 'DeleteConfigurationRecorder', { configurationRecorderName: 'default' });

export default defineDetectionExamples({
  fires: [{ name: 'DeleteConfigurationRecorder by a user', records: [call()] }],
  quiet: [
    { name: 'DeleteConfigurationRecorder refused', records: [refused(call())] },
    { name: 'recorder configured', records: [apiCall('config', 'PutConfigurationRecorder', { configurationRecorder: { name: 'default', roleARN: 'arn:aws:iam::222222222222:role/config-role', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } } })] },
    { name: 'done by an AWS service for the organization', records: [viaService(call(), 'organizations.amazonaws.com')] },
  ],
});
