import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const logging = (status: Record<string, unknown>) => apiCall('s3', 'PutBucketLogging', { bucketName: 'payroll-exports', Host: 'payroll-exports.s3.amazonaws.com', logging: '', BucketLoggingStatus: { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/', ...status } });

export default defineDetectionExamples({
  fires: [{ name: 'logging status emptied', records: [logging({})] }],
  quiet: [
    { name: 'logging to the log bucket', records: [logging({ LoggingEnabled: { TargetBucket: 'access-logs-222222222222', TargetPrefix: 'payroll-exports/' } })] },
    { name: 'refused', records: [refused(logging({}))] },
  ],
});
