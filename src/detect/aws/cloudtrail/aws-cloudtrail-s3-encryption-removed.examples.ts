import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const del = () => apiCall('s3', 'DeleteBucketEncryption', { bucketName: 'payroll-exports', Host: 'payroll-exports.s3.amazonaws.com', encryption: '' });

export default defineDetectionExamples({
  fires: [{ name: 'encryption configuration deleted', records: [del()] }],
  quiet: [
    { name: 'KMS encryption set', records: [apiCall('s3', 'PutBucketEncryption', { bucketName: 'payroll-exports', encryption: '', ServerSideEncryptionConfiguration: { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/', Rule: { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'arn:aws:kms:us-east-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab' }, BucketKeyEnabled: true } } })] },
    { name: 'refused', records: [refused(del())] },
  ],
});
