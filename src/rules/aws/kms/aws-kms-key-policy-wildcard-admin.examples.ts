import { defineExamples } from '../../kit/index.js';

const tfKey = (principal: string, condition = '') => `resource "aws_kms_key" "data" {
  description = "data at rest"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = ${principal}
      Action    = "kms:*"
      Resource  = "*"${condition}
    }]
  })
}`;

const cfnKey = (principal: string) => `Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: '${principal}'
            Action: 'kms:*'
            Resource: '*'
            Condition:
              StringEquals:
                'kms:CallerAccount': '111122223333'
`;

export default defineExamples({
  terraform: {
    good: [tfKey('{ AWS = "arn:aws:iam::111122223333:root" }')],
    bad: [
      tfKey('{ AWS = "*" }', `
      Condition = { StringEquals = { "kms:CallerAccount" = "111122223333" } }`),
      tfKey('"*"'),
    ],
    unknown: [`variable "key_policy" {
  type = string
}
resource "aws_kms_key" "data" {
  description = "data at rest"
  policy      = var.key_policy
}`],
  },
  cloudformation: {
    good: [cfnKey('arn:aws:iam::111122223333:root')],
    bad: [cfnKey('*')],
  },
});
