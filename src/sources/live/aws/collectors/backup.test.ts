import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BackupPlan, BackupRegion, BackupVault } from '../../../../model/aws/index.js';
import type { RunningSimcloud } from '../../../../simcloud/testing.js';
import collector from './backup.js';
import { ACCOUNT, REGION, known, named, ofType, run, startSimcloud, worldOf } from './edge/test-world.js';

const CMK = '0c1d0000-0000-4000-8000-00000000c0de';
const AWS_KEY = '0c1d0000-0000-4000-8000-0000000aa0a5';
const keyArn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;

function backupSection(): Record<string, unknown> {
  return {
    BackupVaults: [
      { BackupVaultName: 'locked', EncryptionKeyArn: keyArn(CMK), Locked: true, MinRetentionDays: 35 },
      { BackupVaultName: 'Default', EncryptionKeyArn: keyArn(AWS_KEY) },
    ],
    AccessPolicies: { Default: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'backup:DeleteRecoveryPoint', Resource: '*' }] }) },
    BackupPlans: [{
      BackupPlanId: 'plan-daily',
      BackupPlan: { BackupPlanName: 'daily', Rules: [{ RuleName: 'daily', TargetBackupVaultName: 'locked', ScheduleExpression: 'cron(0 3 * * ? *)', Lifecycle: { DeleteAfterDays: 7 }, CopyActions: [{ DestinationBackupVaultArn: 'arn:aws:backup:us-east-1:999988887777:backup-vault:dr', Lifecycle: { DeleteAfterDays: 90 } }] }] },
      Selections: [{ SelectionId: 'sel-1', BackupSelection: { SelectionName: 'tagged', IamRoleArn: `arn:aws:iam::${ACCOUNT}:role/backup`, Resources: [`arn:aws:rds:${REGION}:${ACCOUNT}:db:*`], ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'daily' }] } }],
    }],
  };
}

const kms = {
  Keys: [
    { KeyMetadata: { KeyId: CMK, KeyManager: 'CUSTOMER' }, KeyRotationEnabled: true },
    { KeyMetadata: { KeyId: AWS_KEY, KeyManager: 'AWS', Description: 'Default key for AWS Backup' } },
  ],
};

describe('backup collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    sim = await startSimcloud(worldOf({ [REGION]: { backup: backupSection(), kms }, 'eu-central-1': { backup: backupSection() } }, ['backup:ListBackupPlans', 'backup:GetBackupVaultAccessPolicy']));
  });
  after(() => sim.close());

  it('emits vaults (key manager from KMS, lock, access policy), plans with rules and selections, and the region record', async () => {
    const { resources, gaps } = await run(sim, collector);
    assert.deepEqual(gaps, []);
    const locked = named<BackupVault>(resources, 'locked');
    assert.equal(locked.uid, `arn:aws:backup:${REGION}:${ACCOUNT}:backup-vault:locked`);
    assert.equal(known(locked.properties.customerManagedKey), true);
    assert.equal(known(locked.properties.locked), true);
    assert.equal(known(locked.properties.accessPolicy), null);
    const def = named<BackupVault>(resources, 'Default');
    assert.equal(known(def.properties.customerManagedKey), false);
    assert.equal(known(def.properties.locked), false);
    assert.equal(known(def.properties.accessPolicy)?.Statement[0]?.Action, 'backup:DeleteRecoveryPoint');
    const plan = named<BackupPlan>(resources, 'daily');
    assert.deepEqual(known(plan.properties.rules), [{ name: 'daily', targetVault: 'locked', schedule: 'cron(0 3 * * ? *)', deleteAfterDays: 7, copyActions: [{ destinationVaultArn: 'arn:aws:backup:us-east-1:999988887777:backup-vault:dr', deleteAfterDays: 90 }] }]);
    assert.deepEqual(known(plan.properties.selections), [{ name: 'tagged', iamRoleArn: `arn:aws:iam::${ACCOUNT}:role/backup`, resources: [`arn:aws:rds:${REGION}:${ACCOUNT}:db:*`], tags: [{ key: 'backup', value: 'daily' }] }]);
    const region = ofType<BackupRegion>(resources, 'aws.backup.region');
    assert.equal(region.length, 1);
    assert.deepEqual(known(region[0]!.properties.plans), [plan.uid]);
  });

  it('an empty region still reports that it has no plans', async () => {
    const { resources, gaps } = await run(sim, collector, 'us-east-1');
    assert.deepEqual(gaps, []);
    assert.deepEqual(known(ofType<BackupRegion>(resources, 'aws.backup.region')[0]!.properties.plans), []);
  });

  it('AccessDenied leaves the plans and the policy unknown, never "none"; a key outside KMS is unknown', async () => {
    const { resources, gaps } = await run(sim, collector, 'eu-central-1', true);
    assert.ok(gaps.some((g) => g.call === 'backup:ListBackupPlans' && g.reason === 'AccessDenied'));
    assert.equal(ofType<BackupRegion>(resources, 'aws.backup.region')[0]!.properties.plans.kind, 'unresolvable');
    assert.equal(ofType<BackupPlan>(resources, 'aws.backup.plan').length, 0);
    const def = named<BackupVault>(resources, 'Default');
    assert.equal(def.properties.accessPolicy.kind, 'unresolvable');
    // eu-central-1 has no KMS keys: DescribeKey answers NotFound, so the key's kind is not known.
    assert.equal(def.properties.customerManagedKey.kind, 'unresolvable');
  });
});
