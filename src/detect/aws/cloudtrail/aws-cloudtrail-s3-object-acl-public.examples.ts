import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const data = { managementEvent: false, eventCategory: 'Data', readOnly: false };
const objectAcl = (acl: string) => apiCall('s3', 'PutObjectAcl', { bucketName: 'hr-docs', Host: 'hr-docs.s3.amazonaws.com', key: 'salaries-2026.xlsx', acl: '', 'x-amz-acl': [acl] }, data);

export default defineDetectionExamples({
  fires: [{ name: 'object ACL public-read', records: [objectAcl('public-read')] }],
  quiet: [
    { name: 'object ACL bucket-owner-full-control', records: [objectAcl('bucket-owner-full-control')] },
    { name: 'plain upload', records: [apiCall('s3', 'PutObject', { bucketName: 'hr-docs', Host: 'hr-docs.s3.amazonaws.com', key: 'salaries-2026.xlsx' }, data)] },
    { name: 'refused', records: [refused(objectAcl('public-read'))] },
  ],
});
