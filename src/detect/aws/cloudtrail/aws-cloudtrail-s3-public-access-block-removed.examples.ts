import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const config = (v: boolean, over: Record<string, boolean> = {}) => ({ xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/', BlockPublicAcls: v, IgnorePublicAcls: v, BlockPublicPolicy: v, RestrictPublicBuckets: v, ...over });
const put = (c: unknown) => apiCall('s3', 'PutBucketPublicAccessBlock', { bucketName: 'media-archive', Host: 'media-archive.s3.amazonaws.com', publicAccessBlock: '', PublicAccessBlockConfiguration: c });

export default defineDetectionExamples({
  fires: [
    { name: 'block deleted', records: [apiCall('s3', 'DeleteBucketPublicAccessBlock', { bucketName: 'media-archive', Host: 'media-archive.s3.amazonaws.com', publicAccessBlock: '' })] },
    { name: 'policy blocking turned off', records: [put(config(true, { BlockPublicPolicy: false, RestrictPublicBuckets: false }))] },
  ],
  quiet: [
    { name: 'all four on', records: [put(config(true))] },
    { name: 'refused', records: [refused(put(config(false)))] },
  ],
});
