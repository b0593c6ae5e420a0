import { defineExamples } from '../../kit/index.js';
import { cfnTrailWithBucket, trailWithBucket } from '../../kit/aws-logging-trail-examples.js';

const pab = (on: string) => `
resource "aws_s3_bucket_public_access_block" "trail" {
  bucket                  = aws_s3_bucket.trail.id
  block_public_acls       = ${on}
  ignore_public_acls      = ${on}
  block_public_policy     = ${on}
  restrict_public_buckets = ${on}
}`;

const publicRead = `
resource "aws_s3_bucket_policy" "trail" {
  bucket = aws_s3_bucket.trail.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Anyone", Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-trail-logs/*" }]
  })
}`;

const cfnPolicy = `      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
        IgnorePublicAcls: false
        BlockPublicPolicy: false
        RestrictPublicBuckets: false
  TrailBucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref TrailBucket
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: arn:aws:s3:::acme-trail-logs/*`;

export default defineExamples({
  terraform: {
    good: [trailWithBucket('', pab('true')), trailWithBucket('', `${pab('true')}\n${publicRead}`)],
    bad: [trailWithBucket('', `${pab('false')}\n${publicRead}`)],
    unknown: [`variable "restrict" {
  type = bool
}
${trailWithBucket('', `${pab('var.restrict')}\n${publicRead}`)}`],
  },
  cloudformation: {
    good: [cfnTrailWithBucket('      BucketName: acme-trail-logs')],
    bad: [cfnTrailWithBucket(cfnPolicy)],
  },
});
