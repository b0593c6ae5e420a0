import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_kms_key" "data" {
  description         = "data at rest"
  enable_key_rotation = true
}`,
    ],
    bad: [
      `resource "aws_kms_key" "data" {
  description = "data at rest"
}`,
    ],
    unknown: [
      `variable "rotate" {
  type = bool
}
resource "aws_kms_key" "data" {
  description         = "data at rest"
  enable_key_rotation = var.rotate
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root'
            Action: 'kms:*'
            Resource: '*'
`,
    ],
    bad: [
      `Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: false
      KeySpec: SYMMETRIC_DEFAULT
`,
    ],
  },
});
