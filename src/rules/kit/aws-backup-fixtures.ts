/** Model fixtures for the AWS Backup coverage rules: a region's plan record, plans with selections, data stores. */
import { unresolvable, type Resource, type Value } from '../../model/core/index.js';
import type { BackupSelection } from '../../model/aws/containers.js';
import type { ModelResource } from '../../model/types.js';
import { modelFixture, v, type FixtureOptions } from './aws-logging-fixtures.js';
import type { RuleExamples } from './examples.js';

const at: FixtureOptions = { account: '111122223333', region: 'eu-west-1' };

export function backupRegion(plans: Value<readonly string[]>): ModelResource<'aws.backup.region'> {
  return modelFixture('aws.backup.region', 'eu-west-1', { plans }, at);
}

export function backupPlan(name: string, selections: Value<readonly BackupSelection[]>): ModelResource<'aws.backup.plan'> {
  return modelFixture('aws.backup.plan', name, { rules: v([{ name: 'daily', targetVault: 'main', schedule: 'cron(0 3 * * ? *)', deleteAfterDays: 35, copyActions: [] }]), selections }, at);
}

const selection = (resources: string[], tags: { key: string; value: string }[] = []): BackupSelection => ({ name: 'data', iamRoleArn: 'arn:aws:iam::111122223333:role/backup', resources, tags });

/** Good, bad and unknown inventories for a coverage rule judging `store` (tagged `backup=daily` when `tagged`). */
export function coverageExamples(store: (tags: Record<string, string>) => Resource): RuleExamples {
  const plain = store({});
  const tagged = store({ backup: 'daily' });
  const withPlan = (s: Value<readonly BackupSelection[]>) => backupPlan('daily', s);
  const planned = (p: ModelResource<'aws.backup.plan'>) => backupRegion(v([p.uid]));
  const byArn = withPlan(v([selection([plain.uid.replace(/[^:]+$/, '*')])]));
  const byTag = withPlan(v([selection([], [{ key: 'backup', value: 'daily' }])]));
  const other = withPlan(v([selection(['arn:aws:dynamodb:eu-west-1:111122223333:table/unrelated'], [{ key: 'backup', value: 'weekly' }])]));
  const unreadable = withPlan(unresolvable('backup:ListBackupSelections failed: AccessDenied'));
  return {
    model: {
      good: [[plain, planned(byArn), byArn], [tagged, planned(byTag), byTag]],
      bad: [[plain, backupRegion(v([]))], [tagged, planned(other), other]],
      unknown: [[plain, backupRegion(unresolvable('backup:ListBackupPlans failed: AccessDenied'))], [plain, planned(unreadable), unreadable]],
    },
  };
}

export { at as backupFixtureScope };
