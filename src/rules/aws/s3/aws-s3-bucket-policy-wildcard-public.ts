import { isKnown } from '../../../model/core/index.js';
import { asList } from '../../../model/aws/policy.js';
import { at, defineRule, evidence, fail, hasNarrowingCondition, isAnyonePrincipal, pass, statementCoversAction, unknown } from '../../kit/index.js';
import type { Outcome } from '../../kit/index.js';

/** Reading, writing and administering the bucket: a statement covering all of them is `s3:*` in effect. */
const EVERY_KIND = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:PutBucketPolicy', 's3:DeleteBucket'];

export default defineRule({
  id: 'aws-s3-bucket-policy-wildcard-public',
  title: 'S3 bucket policy allows every S3 action to any principal',
  severity: 'critical',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description:
    'Flags Allow statements whose principal is `*` and whose actions cover all of S3 (`s3:*`, `*`, or a NotAction that leaves them), when no condition narrows the caller to an account, organization, network or source. Conditions such as aws:SecureTransport or a date window do not narrow who may call.',
  risk: 'Anyone on the internet can read, overwrite and delete every object, replace the bucket policy to lock the owner out, or delete the bucket; Block Public Access is the only thing standing in the way.',
  remediation: {
    cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy file://least-privilege-policy.json',
    terraform: `statement {
  principals {
    type        = "AWS"
    identifiers = [aws_iam_role.reader.arn]
  }
  actions   = ["s3:GetObject"]
  resources = ["\${aws_s3_bucket.this.arn}/*"]
}`,
    cloudformation: `- Effect: Allow
  Principal: { AWS: !GetAtt ReaderRole.Arn }
  Action: s3:GetObject
  Resource: !Sub '\${Bucket.Arn}/*'`,
    console: 'S3 > bucket > Permissions > Bucket policy > Edit: replace the "*" principal and the s3:* action with named principals and the actions they need.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-2',
  ],
  evaluate(bucket) {
    const policy = bucket.properties.policy;
    const ev = evidence('policy', policy);
    if (!isKnown(policy)) return unknown(`policy could not be determined: ${policy.reason ?? 'unresolvable'}`, ev);
    if (policy.value === null) return pass('The bucket has no policy', ev);
    const out: Outcome[] = [];
    policy.value.Statement.forEach((st, i) => {
      if (st.Effect !== 'Allow' || !isAnyonePrincipal(st.Principal) || hasNarrowingCondition(st)) return;
      if (!EVERY_KIND.every((a) => statementCoversAction(st, a))) return;
      const acts = asList(st.Action).join(', ') || `NotAction ${asList(st.NotAction).join(', ')}`;
      out.push(at(fail(`Statement[${i}]${st.Sid ? ` (${st.Sid})` : ''} allows ${acts} to anyone${st.Condition ? '; its condition does not narrow the caller' : ''}`, ev), `Statement[${i}]`, policy.source));
    });
    return out.length > 0 ? out : pass('No statement allows every S3 action to anyone', ev);
  },
});
