import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused, viaService } from '../../kit/cloudtrail-records-b.js';

const call = () => apiCall('config', 'DeleteConfigRule', { configRuleName: 's3-bucket-public-read-prohibited' });

export default defineDetectionExamples({
  fires: [{ name: 'DeleteConfigRule by a user', records: [call()] }],
  quiet: [
    { name: 'DeleteConfigRule refused', records: [refused(call())] },
    { name: 'rule created', records: [apiCall('config', 'PutConfigRule', { configRule: { configRuleName: 's3-bucket-public-read-prohibited', source: { owner: 'AWS', sourceIdentifier: 'S3_BUCKET_PUBLIC_READ_PROHIBITED' } } })] },
    { name: 'done by an AWS service for the organization', records: [viaService(call(), 'organizations.amazonaws.com')] },
  ],
});
