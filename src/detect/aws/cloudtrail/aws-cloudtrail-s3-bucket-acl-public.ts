import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';
import { publicAclGrants } from '../../kit/aws-b-s3-acl.js';

export default defineDetection({
  id: 'aws-cloudtrail-s3-bucket-acl-public',
  kind: 'event',
  services: ['s3'],
  actions: ['PutBucketAcl', 'CreateBucket'],
  title: 'A bucket ACL granted access to all users',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Collection', technique: 'T1530', techniqueName: 'Data from Cloud Storage' },
  description: 'PutBucketAcl (or CreateBucket with an ACL) granted a permission to the AllUsers group (anyone) or the AuthenticatedUsers group (anyone with any AWS account), by a canned ACL, grant header or ACL body.',
  falsePositives: 'Legacy public website buckets. AWS recommends bucket-owner-enforced object ownership, which disables ACLs altogether.',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#specifying-grantee-predefined-groups'],
  match(e) {
    if (!principalCall(e, 's3', 'PutBucketAcl', 'CreateBucket')) return undefined;
    const grants = publicAclGrants(e);
    if (grants.length === 0) return undefined;
    return `${who(e)} granted ${grants.join(', ')} on bucket ${asString(req(e, 'bucketName')) ?? '(unnamed)'}`;
  },
});
