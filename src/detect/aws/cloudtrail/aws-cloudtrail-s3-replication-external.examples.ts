import { defineDetectionExamples } from '../../kit/examples.js';
import { OTHER_ACCOUNT } from '../../kit/cloudtrail-records.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const replicate = (account?: string) => apiCall('s3', 'PutBucketReplication', { bucketName: 'payroll-exports', Host: 'payroll-exports.s3.amazonaws.com', replication: '', ReplicationConfiguration: { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/', Role: 'arn:aws:iam::222222222222:role/s3-replication', Rule: { ID: 'all', Status: 'Enabled', Priority: 1, Filter: { Prefix: '' }, DeleteMarkerReplication: { Status: 'Disabled' }, Destination: { Bucket: 'arn:aws:s3:::drop-zone-77', ...(account ? { Account: account } : {}) } } } });

export default defineDetectionExamples({
  fires: [{ name: 'to an unknown account', records: [replicate(OTHER_ACCOUNT)] }],
  quiet: [
    { name: 'to an organization account', records: [replicate('333344445555')], context: { knownAccounts: ['333344445555'] } },
    { name: 'same account (no Account field)', records: [replicate()] },
    { name: 'refused', records: [refused(replicate(OTHER_ACCOUNT))] },
  ],
});
