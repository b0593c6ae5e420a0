import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const grant = (uri: string, Permission: string) => ({ Grantee: { 'xsi:type': 'Group', 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', URI: uri }, Permission });
const owner = { Grantee: { 'xsi:type': 'CanonicalUser', 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', ID: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' }, Permission: 'FULL_CONTROL' };
const body = (...grants: unknown[]) => ({ bucketName: 'media-archive', Host: 'media-archive.s3.amazonaws.com', acl: '', AccessControlPolicy: { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/', Owner: { ID: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' }, AccessControlList: { Grant: grants } } });

export default defineDetectionExamples({
  fires: [
    { name: 'AllUsers READ in the ACL body', records: [apiCall('s3', 'PutBucketAcl', body(owner, grant('http://acs.amazonaws.com/groups/global/AllUsers', 'READ')))] },
    { name: 'canned public-read-write', records: [apiCall('s3', 'PutBucketAcl', { bucketName: 'media-archive', Host: 'media-archive.s3.amazonaws.com', acl: '', 'x-amz-acl': ['public-read-write'] })] },
  ],
  quiet: [
    { name: 'owner and log delivery only', records: [apiCall('s3', 'PutBucketAcl', body(owner, grant('http://acs.amazonaws.com/groups/s3/LogDelivery', 'WRITE')))] },
    { name: 'canned private', records: [apiCall('s3', 'PutBucketAcl', { bucketName: 'media-archive', acl: '', 'x-amz-acl': ['private'] })] },
    { name: 'refused', records: [refused(apiCall('s3', 'PutBucketAcl', body(grant('http://acs.amazonaws.com/groups/global/AllUsers', 'READ'))))] },
  ],
});
