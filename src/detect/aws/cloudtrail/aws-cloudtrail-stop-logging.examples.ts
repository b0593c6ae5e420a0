import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused, viaService } from '../../kit/cloudtrail-records-b.js';

const stop = () => apiCall('cloudtrail', 'StopLogging', { name: 'arn:aws:cloudtrail:us-east-1:222222222222:trail/org-trail' });

export default defineDetectionExamples({
  fires: [{ name: 'trail stopped', records: [stop()] }],
  quiet: [
    { name: 'StopLogging refused', records: [refused(stop())] },
    { name: 'logging started again', records: [apiCall('cloudtrail', 'StartLogging', { name: 'org-trail' })] },
    { name: 'a service managing its own trail', records: [viaService(stop(), 'controltower.amazonaws.com')] },
  ],
});
