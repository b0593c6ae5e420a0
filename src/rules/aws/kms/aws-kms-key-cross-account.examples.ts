import { defineExamples } from '../../kit/index.js';

const tfKey = (principal: string) => `resource "aws_kms_key" "data" {
  description = "data at rest"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "Owner"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "Use"
        Effect    = "Allow"
        Principal = { AWS = "${principal}" }
        Action    = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource  = "*"
      }
    ]
  })
}`;

const cfnKey = (principal: string) => `Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Sid: Owner
            Effect: Allow
            Principal:
              AWS: arn:aws:iam::111122223333:root
            Action: 'kms:*'
            Resource: '*'
          - Sid: Use
            Effect: Allow
            Principal:
              AWS: ${principal}
            Action: kms:Decrypt
            Resource: '*'
`;

export default defineExamples({
  terraform: {
    good: [
      // No policy: the default key policy names the owner account only.
      `resource "aws_kms_key" "data" {
  description = "data at rest"
}`,
      // A grant kept inside the organization.
      `resource "aws_kms_key" "data" {
  description = "data at rest"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:root"] }
      Action    = "kms:Decrypt"
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-exampleorgid" } }
    }]
  })
}`,
    ],
    // Two different accounts: at least one is not the owner.
    bad: [tfKey('arn:aws:iam::999988887777:root')],
    // One named account while the owner is unknown: it may be the owner.
    unknown: [`resource "aws_kms_key" "data" {
  description = "data at rest"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::999988887777:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}`],
  },
  cloudformation: {
    good: [`Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      Description: default key policy
`],
    bad: [cfnKey('arn:aws:iam::999988887777:root')],
  },
});
