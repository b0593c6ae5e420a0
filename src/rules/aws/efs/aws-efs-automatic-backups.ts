import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-efs-automatic-backups',
  title: 'EFS file system does not have automatic backups',
  severity: 'medium',
  provider: 'aws',
  service: 'efs',
  resourceType: 'aws.efs.file-system',
  description: 'File systems should have their backup policy enabled, so AWS Backup takes daily backups with a 35-day retention (or the file system is covered by a backup plan of your own). File systems created through the API, CLI or IaC have it off unless asked.',
  risk: 'Deleted or encrypted-by-ransomware files cannot be recovered: EFS keeps no snapshots of its own.',
  remediation: {
    cli: 'aws efs put-backup-policy --file-system-id FS_ID --backup-policy Status=ENABLED',
    terraform: `resource "aws_efs_backup_policy" "this" {
  file_system_id = aws_efs_file_system.this.id
  backup_policy {
    status = "ENABLED"
  }
}`,
    cloudformation: `Type: AWS::EFS::FileSystem
Properties:
  BackupPolicy:
    Status: ENABLED`,
    console: 'EFS > File systems > the file system > Edit > Automatic backups: Enable > Save changes.',
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html#automatic-backups',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-2',
  ],
  evaluate(fs) {
    return check('automaticBackups', fs.properties.automaticBackups, (on) => on, { pass: 'Automatic backups are on', fail: 'Automatic backups are off: the backup policy is not enabled' });
  },
});
