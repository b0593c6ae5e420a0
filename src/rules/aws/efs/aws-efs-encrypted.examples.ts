import { defineExamples } from '../../kit/index.js';

export default defineExamples({
  terraform: {
    good: [
      `resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}`,
    ],
    bad: [
      // encrypted defaults to false in the provider.
      `resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
}`,
    ],
    unknown: [
      `variable "encrypt" {
  type = bool
}
resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = var.encrypt
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Shared:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
`,
    ],
    bad: [
      `Resources:
  Shared:
    Type: AWS::EFS::FileSystem
    Properties:
      PerformanceMode: generalPurpose
`,
    ],
  },
});
