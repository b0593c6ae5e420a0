import { defineExamples } from '../../kit/index.js';

const tf = (deleteAfter: string, head = '') => `${head}resource "aws_backup_vault" "main" {
  name = "main"
}
resource "aws_backup_plan" "daily" {
  name = "daily"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 3 * * ? *)"
    lifecycle {
      delete_after = ${deleteAfter}
    }
  }
}
resource "aws_backup_selection" "tagged" {
  name         = "tagged"
  plan_id      = aws_backup_plan.daily.id
  iam_role_arn = "arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole"
  selection_tag {
    type  = "STRINGEQUALS"
    key   = "backup"
    value = "daily"
  }
}`;

const cfn = (days: string) => `Resources:
  Plan:
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan:
        BackupPlanName: daily
        BackupPlanRule:
          - RuleName: daily
            TargetBackupVault: main
            ScheduleExpression: cron(0 3 * * ? *)
            Lifecycle:
              DeleteAfterDays: ${days}
  Selection:
    Type: AWS::Backup::BackupSelection
    Properties:
      BackupPlanId: !Ref Plan
      BackupSelection:
        SelectionName: databases
        IamRoleArn: arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole
        Resources: ["arn:aws:rds:eu-west-1:111122223333:db:*"]
`;

export default defineExamples({
  terraform: {
    good: [tf('35'), tf('365')],
    bad: [tf('7')],
    unknown: [tf('var.days', 'variable "days" {\n  type = number\n}\n')],
  },
  cloudformation: {
    good: [cfn('90')],
    bad: [cfn('14')],
  },
});
