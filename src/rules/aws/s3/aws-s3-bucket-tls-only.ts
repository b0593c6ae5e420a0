import { check, defineRule, deniesPlainHttpForObjects } from '../../kit/index.js';

export default defineRule({
  id: 'aws-s3-bucket-tls-only',
  title: 'S3 bucket policy does not deny requests made without TLS',
  severity: 'medium',
  provider: 'aws',
  service: 's3',
  resourceType: 'aws.s3.bucket',
  description:
    'The bucket policy should deny object reads and writes to every principal when `aws:SecureTransport` is false. A bucket with no policy fails.',
  risk: 'Plain-HTTP requests expose object data and request signatures to anyone on the network path, and allow tampering in transit.',
  remediation: {
    cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy file://deny-http.json',
    terraform: `resource "aws_s3_bucket_policy" "tls" {
  bucket = aws_s3_bucket.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.this.arn, "\${aws_s3_bucket.this.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}`,
    cloudformation: `BucketPolicy:
  Type: AWS::S3::BucketPolicy
  Properties:
    Bucket: !Ref Bucket
    PolicyDocument:
      Statement:
        - Effect: Deny
          Principal: '*'
          Action: 's3:*'
          Resource: [!GetAtt Bucket.Arn, !Sub '\${Bucket.Arn}/*']
          Condition:
            Bool:
              'aws:SecureTransport': 'false'`,
    console: 'S3 > bucket > Permissions > Bucket policy > Edit: add a Deny statement for all principals and s3:* with condition Bool aws:SecureTransport = false.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
  ],
  evaluate(bucket) {
    return check('policy', bucket.properties.policy, (doc) => doc !== null && deniesPlainHttpForObjects(doc), {
      pass: 'The bucket policy denies requests without TLS',
      fail: 'No bucket policy statement denies object access when aws:SecureTransport is false',
    });
  },
});
