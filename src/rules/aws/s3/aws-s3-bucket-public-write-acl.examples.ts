import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}`,
      // public-read is a different (high) finding; this rule is about write access only.
      `resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}
resource "aws_s3_bucket_ownership_controls" "site" {
  bucket = aws_s3_bucket.site.id
  rule {
    object_ownership = "ObjectWriter"
  }
}
resource "aws_s3_bucket_public_access_block" "site" {
  bucket             = aws_s3_bucket.site.id
  block_public_acls  = false
  ignore_public_acls = false
}
resource "aws_s3_bucket_acl" "site" {
  bucket = aws_s3_bucket.site.id
  acl    = "public-read"
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "drop" {
  bucket = "acme-drop"
}
resource "aws_s3_bucket_ownership_controls" "drop" {
  bucket = aws_s3_bucket.drop.id
  rule {
    object_ownership = "ObjectWriter"
  }
}
resource "aws_s3_bucket_public_access_block" "drop" {
  bucket             = aws_s3_bucket.drop.id
  block_public_acls  = false
  ignore_public_acls = false
}
resource "aws_s3_bucket_acl" "drop" {
  bucket = aws_s3_bucket.drop.id
  acl    = "public-read-write"
}`,
      `data "aws_canonical_user_id" "current" {}
resource "aws_s3_bucket" "drop" {
  bucket = "acme-drop"
}
resource "aws_s3_bucket_ownership_controls" "drop" {
  bucket = aws_s3_bucket.drop.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}
resource "aws_s3_bucket_public_access_block" "drop" {
  bucket             = aws_s3_bucket.drop.id
  block_public_acls  = false
  ignore_public_acls = false
}
resource "aws_s3_bucket_acl" "drop" {
  bucket = aws_s3_bucket.drop.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "WRITE"
    }
    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}`,
    ],
    unknown: [
      `variable "acl" {
  type = string
}
resource "aws_s3_bucket" "drop" {
  bucket = "acme-drop"
}
resource "aws_s3_bucket_ownership_controls" "drop" {
  bucket = aws_s3_bucket.drop.id
  rule {
    object_ownership = "ObjectWriter"
  }
}
resource "aws_s3_bucket_public_access_block" "drop" {
  bucket             = aws_s3_bucket.drop.id
  block_public_acls  = false
  ignore_public_acls = false
}
resource "aws_s3_bucket_acl" "drop" {
  bucket = aws_s3_bucket.drop.id
  acl    = var.acl
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: Private
`,
    ],
    bad: [
      `Resources:
  Drop:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicReadWrite
      OwnershipControls:
        Rules:
          - ObjectOwnership: ObjectWriter
      PublicAccessBlockConfiguration:
        BlockPublicAcls: false
        IgnorePublicAcls: false
`,
    ],
  },
});
