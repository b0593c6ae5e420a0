/** Terraform sources for the trail-bucket rules: a trail delivering to a bucket declared beside it. */

/** A trail writing to `aws_s3_bucket.trail`, with `bucketExtra` inside the bucket block and `more` resources after. */
export function trailWithBucket(bucketExtra = '', more = ''): string {
  return `resource "aws_s3_bucket" "trail" {
  bucket = "acme-trail-logs"
${bucketExtra}
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
${more}`;
}

/** CloudFormation: a trail writing to the `TrailBucket` declared with `bucketProps` (indented 6 spaces). */
export function cfnTrailWithBucket(bucketProps: string): string {
  return `Resources:
  TrailBucket:
    Type: AWS::S3::Bucket
    Properties:
${bucketProps}
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: !Ref TrailBucket
`;
}
