import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const host = '222222222222.s3-control.us-east-1.amazonaws.com';
const config = (v: boolean) => ({ xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/', BlockPublicAcls: v, IgnorePublicAcls: v, BlockPublicPolicy: v, RestrictPublicBuckets: v });

export default defineDetectionExamples({
  fires: [
    { name: 'account block deleted', records: [apiCall('s3', 'DeleteAccountPublicAccessBlock', { Host: host })] },
    { name: 'account block turned off', records: [apiCall('s3', 'PutAccountPublicAccessBlock', { Host: host, PublicAccessBlockConfiguration: config(false) })] },
  ],
  quiet: [
    { name: 'account block turned on', records: [apiCall('s3', 'PutAccountPublicAccessBlock', { Host: host, PublicAccessBlockConfiguration: config(true) })] },
    { name: 'a bucket-level block (another detection)', records: [apiCall('s3', 'DeleteBucketPublicAccessBlock', { bucketName: 'media-archive', publicAccessBlock: '' })] },
    { name: 'refused', records: [refused(apiCall('s3', 'DeleteAccountPublicAccessBlock', { Host: host }))] },
  ],
});
