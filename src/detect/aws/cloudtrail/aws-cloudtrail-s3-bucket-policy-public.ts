import { defineDetection } from '../../kit/detection.js';
import { actionsOf, publicAllowStatements } from '../../kit/aws-b-policy.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-s3-bucket-policy-public',
  kind: 'event',
  services: ['s3'],
  actions: ['PutBucketPolicy'],
  title: 'A bucket policy opened the bucket to everyone',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Collection', technique: 'T1530', techniqueName: 'Data from Cloud Storage' },
  description: 'PutBucketPolicy with a statement allowing principal `*` without a condition that narrows it to an organization, account, VPC or address range: anyone on the internet can use the allowed actions on the bucket.',
  falsePositives: 'Buckets that serve public websites or downloads on purpose. Those should be tagged and listed; the actions allowed should be reads only.',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status'],
  match(e) {
    if (!principalCall(e, 's3', 'PutBucketPolicy')) return undefined;
    // CloudTrail logs the document as an object under `bucketPolicy` (and `policy: [""]`); older records under `policy`.
    const open = publicAllowStatements(req(e, 'bucketPolicy') ?? req(e, 'policy'));
    if (open.length === 0) return undefined;
    const actions = [...new Set(open.flatMap(actionsOf))];
    return `${who(e)} made bucket ${asString(req(e, 'bucketName')) ?? '(unnamed)'} public through its policy (${actions.join(', ') || 'actions not listed'})`;
  },
});
