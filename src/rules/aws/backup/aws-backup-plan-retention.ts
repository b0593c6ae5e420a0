import { isKnown } from '../../../model/core/index.js';
import { at, defineRule, evidence, fail, pass, unknown, type Outcome } from '../../kit/index.js';

/** Days of recovery points a plan keeps at least: long enough to restore from before a slow-burning incident. */
const MIN_DAYS = 35;

export default defineRule({
  id: 'aws-backup-plan-retention',
  title: 'Backup plan keeps recovery points for less than 35 days',
  severity: 'medium',
  provider: 'aws',
  service: 'backup',
  resourceType: 'aws.backup.plan',
  description: `Every rule of an AWS Backup plan should keep its recovery points for at least ${MIN_DAYS} days (a lifecycle \`DeleteAfterDays\` of ${MIN_DAYS} or more, or none).`,
  risk: 'Ransomware and data corruption often go unnoticed for weeks; with short retention every clean recovery point has expired by the time anyone looks.',
  remediation: {
    cli: 'aws backup update-backup-plan --backup-plan-id PLAN_ID --backup-plan file://plan-with-35-day-lifecycle.json',
    terraform: `rule {
  rule_name         = "daily"
  target_vault_name = aws_backup_vault.main.name
  schedule          = "cron(0 3 * * ? *)"
  lifecycle {
    delete_after = 35
  }
}`,
    cloudformation: `BackupPlanRule:
  - RuleName: daily
    TargetBackupVault: !Ref Vault
    ScheduleExpression: cron(0 3 * * ? *)
    Lifecycle:
      DeleteAfterDays: 35`,
    console: 'AWS Backup > Backup plans > the plan > the rule > Edit: set Retention period to 35 days or more.',
  },
  references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/creating-a-backup-plan.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/backup-controls.html'],
  evaluate(plan) {
    const rules = plan.properties.rules;
    const ev = evidence('rules', rules);
    if (!isKnown(rules)) return unknown(`the plan's rules could not be determined: ${rules.reason ?? 'unresolvable'}`, ev);
    const out: Outcome[] = [];
    for (const r of rules.value) {
      if (r.deleteAfterDays !== null && r.deleteAfterDays < MIN_DAYS) out.push(at(fail(`rule ${r.name} deletes recovery points after ${r.deleteAfterDays} days`, ev), `rule.${r.name}`, rules.source));
    }
    return out.length > 0 ? out : pass(`every rule keeps recovery points for at least ${MIN_DAYS} days`, ev);
  },
});
