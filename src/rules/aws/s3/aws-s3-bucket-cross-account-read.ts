import { defineRule, statementCoversAction } from '../../kit/index.js';
import { crossAccountPolicyOutcomes } from '../../kit/aws-data-sharing.js';

/** Reading objects or listing keys: either discloses the bucket's content. */
const READ_ACTIONS = ['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:ListBucketVersions'];

export default defineRule({
  id: 'aws-s3-bucket-cross-account-read',
  title: 'S3 bucket policy lets an account outside the organization read or list data',
  severity: 'medium',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description:
    'Flags bucket policy statements that allow object reads or key listing (GetObject, ListBucket, s3:*) to an IAM principal of another account that is not a member of the scanned organization, unless an aws:PrincipalOrgID/OrgPaths condition keeps the grant in the organization. Without Organizations data any other account counts as outside.',
  risk: 'A partner or vendor account, or a typo in an account id, can copy the data out; what that account does with its credentials is outside your monitoring and your incident response.',
  remediation: {
    cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy file://policy-without-external-readers.json',
    terraform: `condition {
  test     = "StringEquals"
  variable = "aws:PrincipalOrgID"
  values   = [data.aws_organizations_organization.this.id]
}`,
    cloudformation: `Condition:
  StringEquals:
    'aws:PrincipalOrgID': o-exampleorgid`,
    console: 'S3 > bucket > Permissions > Bucket policy > Edit: remove external accounts from statements granting s3:GetObject/s3:ListBucket, or share through a time-limited access point or presigned URLs.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid',
  ],
  evaluate(bucket, ctx) {
    return crossAccountPolicyOutcomes(bucket, 'policy', bucket.properties.policy, ctx, {
      subject: 'bucket',
      statement: (st) => READ_ACTIONS.some((a) => statementCoversAction(st, a)),
    });
  },
});
