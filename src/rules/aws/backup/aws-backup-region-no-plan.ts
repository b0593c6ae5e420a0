import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-backup-region-no-plan',
  title: 'Region holds databases or file systems but has no backup plan',
  severity: 'medium',
  provider: 'aws',
  service: 'backup',
  resourceType: 'aws.backup.region',
  description:
    'A region of an account that holds RDS instances or clusters, DynamoDB tables or EFS file systems should have at least one AWS Backup plan. Judged on the per-region AWS Backup record the live scan emits (backup plans only protect resources of their own region).',
  risk: 'Without a plan, data stores rely on their own short point-in-time windows (or nothing): a deleted table, a ransomed file system or a dropped database cannot be restored.',
  remediation: {
    cli: 'aws backup create-backup-plan --backup-plan file://plan.json && aws backup create-backup-selection --backup-plan-id PLAN_ID --backup-selection file://selection.json',
    terraform: `resource "aws_backup_plan" "daily" {
  name = "daily"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 3 * * ? *)"
    lifecycle { delete_after = 35 }
  }
}`,
    cloudformation: `Plan:
  Type: AWS::Backup::BackupPlan
  Properties:
    BackupPlan:
      BackupPlanName: daily
      BackupPlanRule:
        - { RuleName: daily, TargetBackupVault: !Ref Vault, ScheduleExpression: cron(0 3 * * ? *), Lifecycle: { DeleteAfterDays: 35 } }`,
    console: 'AWS Backup > Backup plans > Create backup plan (start from the Daily-35day-Retention template) > Assign resources by tag or type.',
  },
  references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/about-backup-plans.html'],
  evaluate(region, ctx) {
    const plans = region.properties.plans;
    const ev = evidence('plans', plans);
    const data = [
      ...ctx.inAccount('aws.rds.instance', region.account, region.region),
      ...ctx.inAccount('aws.rds.cluster', region.account, region.region),
      ...ctx.inAccount('aws.dynamodb.table', region.account, region.region),
      ...ctx.inAccount('aws.efs.file-system', region.account, region.region),
    ];
    if (data.length === 0) return pass('the region holds no RDS, DynamoDB or EFS data stores', ev);
    if (!isKnown(plans)) return unknown(`the backup plans of the region could not be listed: ${plans.reason ?? 'unresolvable'}`, ev);
    if (plans.value.length > 0) return pass(`the region has ${plans.value.length} backup plan${plans.value.length > 1 ? 's' : ''}`, ev);
    const names = data.slice(0, 5).map((r) => r.name).join(', ');
    return fail(`no backup plan protects the ${data.length} data store${data.length > 1 ? 's' : ''} of the region (${names}${data.length > 5 ? ', ...' : ''})`, ev);
  },
});
