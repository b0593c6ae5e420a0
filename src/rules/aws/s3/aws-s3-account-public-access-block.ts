import { all, check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-account-public-access-block',
  title: 'S3 Block Public Access is not fully enabled at the account level',
  severity: 'high',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.account-public-access-block',
  description: 'All four S3 Block Public Access settings should be on for the account, so that no bucket in it can be made public.',
  risk: 'Bucket-level settings are per bucket and easy to forget on the next bucket; without the account-wide block, one ACL or policy edit can expose data to the internet.',
  remediation: {
    cli: 'aws s3control put-public-access-block --account-id ACCOUNT_ID --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform: `resource "aws_s3_account_public_access_block" "this" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}`,
    console: 'S3 > Block Public Access settings for this account > Edit > tick Block all public access > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1',
  ],
  evaluate(acct) {
    const p = acct.properties;
    const on = (b: boolean) => b;
    return all(
      [
        check('blockPublicAcls', p.blockPublicAcls, on, { pass: '', fail: 'BlockPublicAcls is off' }),
        check('ignorePublicAcls', p.ignorePublicAcls, on, { pass: '', fail: 'IgnorePublicAcls is off' }),
        check('blockPublicPolicy', p.blockPublicPolicy, on, { pass: '', fail: 'BlockPublicPolicy is off' }),
        check('restrictPublicBuckets', p.restrictPublicBuckets, on, { pass: '', fail: 'RestrictPublicBuckets is off' }),
      ],
      'All four account-level Block Public Access settings are on',
    );
  },
});
