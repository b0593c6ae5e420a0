import { defineExamples } from '../../kit/index.js';

const fs = `resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}`;

export default defineExamples({
  terraform: {
    good: [`${fs}
resource "aws_efs_backup_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  backup_policy {
    status = "ENABLED"
  }
}`],
    bad: [fs],
    unknown: [`${fs}
variable "backups" {}
resource "aws_efs_backup_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  backup_policy {
    status = var.backups
  }
}`],
  },
  cloudformation: {
    good: [`Resources:
  Shared:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
      BackupPolicy:
        Status: ENABLED
`],
    bad: [`Resources:
  Shared:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
`],
  },
});
