import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_kms_key" "data" {
  description = "data at rest"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AccountAdmin"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}`,
      // "*" restricted to callers of one account is not public.
      `resource "aws_kms_key" "shared" {
  description = "shared through a service"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["kms:Decrypt", "kms:GenerateDataKey"]
      Resource  = "*"
      Condition = { StringEquals = { "kms:CallerAccount" = "111122223333" } }
    }]
  })
}`,
    ],
    bad: [
      `resource "aws_kms_key" "data" {
  description = "data at rest"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}`,
    ],
    unknown: [
      `variable "key_policy" {
  type = string
}
resource "aws_kms_key" "data" {
  description = "data at rest"
  policy      = var.key_policy
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: arn:aws:iam::111122223333:root
            Action: 'kms:*'
            Resource: '*'
`,
    ],
    bad: [
      `Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: '*'
            Action:
              - kms:Decrypt
              - kms:DescribeKey
            Resource: '*'
`,
    ],
  },
});
