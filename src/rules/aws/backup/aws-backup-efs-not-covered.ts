import { defineRule } from '../../kit/index.js';
import { judgeBackupCoverage } from '../../kit/aws-backup-coverage.js';

export default defineRule({
  id: 'aws-backup-efs-not-covered',
  title: 'EFS file system is not covered by any backup plan',
  severity: 'medium',
  provider: 'aws',
  service: 'backup',
  resourceType: 'aws.efs.file-system',
  description: 'Every EFS file system should be in a selection of an AWS Backup plan of its region, by ARN or by tag. Judged on live scans (a configuration rarely declares the plans that protect it); unknown when the plans or their selections could not be read.',
  risk: 'An EFS file system outside every backup plan relies on its own short recovery window, or none: deletion, corruption or ransomware leave nothing to restore from, and no copy exists outside the account.',
  remediation: {
    cli: 'aws backup create-backup-selection --backup-plan-id PLAN_ID --backup-selection "SelectionName=data,IamRoleArn=arn:aws:iam::ACCOUNT:role/service-role/AWSBackupDefaultServiceRole,ListOfTags=[{ConditionType=STRINGEQUALS,ConditionKey=backup,ConditionValue=daily}]"',
    terraform: `resource "aws_backup_selection" "data" {
  name         = "data"
  plan_id      = aws_backup_plan.daily.id
  iam_role_arn = aws_iam_role.backup.arn
  resources    = [aws_efs_file_system.shared.arn]
}`,
    cloudformation: `Selection:
  Type: AWS::Backup::BackupSelection
  Properties:
    BackupPlanId: !Ref Plan
    BackupSelection:
      SelectionName: data
      IamRoleArn: !GetAtt BackupRole.Arn
      ListOfTags: [{ ConditionType: STRINGEQUALS, ConditionKey: backup, ConditionValue: daily }]`,
    console: 'AWS Backup > Backup plans > the plan > Assign resources: choose the EFS file system by ID or by a tag it carries.',
  },
  references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/backup-controls.html'],
  evaluate(store, ctx) {
    return judgeBackupCoverage(store, 'EFS file system', ctx);
  },
});
