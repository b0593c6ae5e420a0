import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused, viaService } from '../../kit/cloudtrail-records-b.js';

const call = () => apiCall('config', 'StopConfigurationRecorder', { configurationRecorderName: 'default' });

export default defineDetectionExamples({
  fires: [{ name: 'StopConfigurationRecorder by a user', records: [call()] }],
  quiet: [
    { name: 'StopConfigurationRecorder refused', records: [refused(call())] },
    { name: 'recorder started', records: [apiCall('config', 'StartConfigurationRecorder', { configurationRecorderName: 'default' })] },
    { name: 'done by an AWS service for the organization', records: [viaService(call(), 'organizations.amazonaws.com')] },
  ],
});
