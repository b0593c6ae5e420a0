import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused, viaService } from '../../kit/cloudtrail-records-b.js';

const call = () => apiCall('config', 'DeleteDeliveryChannel', { deliveryChannelName: 'default' });

export default defineDetectionExamples({
  fires: [{ name: 'DeleteDeliveryChannel by a user', records: [call()] }],
  quiet: [
    { name: 'DeleteDeliveryChannel refused', records: [refused(call())] },
    { name: 'channel configured', records: [apiCall('config', 'PutDeliveryChannel', { deliveryChannel: { name: 'default', s3BucketName: 'config-history' } })] },
    { name: 'done by an AWS service for the organization', records: [viaService(call(), 'organizations.amazonaws.com')] },
  ],
});
