/** AWS::Backup::BackupVault and AWS::Backup::BackupPlan (with the AWS::Backup::BackupSelection resources naming the plan). */
import type { BackupCopyAction, BackupPlanProperties, BackupPlanRule, BackupSelection, BackupVaultProperties } from '../../../../model/aws/containers.js';
import { defaulted, explicit, isKnown, mapValue, type Value } from '../../../../model/core/index.js';
import { envelope, type Adapter } from './context.js';
import { Reader, nodeAt, tagsOf } from './read.js';
import { policyAt, targets } from './policy.js';
import { listOf } from './containers.js';

function firstUnknown(...vs: Value<unknown>[]): Value<never> | undefined {
  return vs.find((v) => !isKnown(v)) as Value<never> | undefined;
}

/** AWS::Backup::BackupVault. */
export const backupVault: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const key = rd.ref('EncryptionKeyArn', { value: null, reason: 'no EncryptionKeyArn: recovery points are encrypted with the AWS managed aws/backup key' });
  const props: BackupVaultProperties = {
    encryptionKeyArn: key,
    customerManagedKey: mapValue(key, (k) => k !== null && !/alias\/aws\/backup$/.test(k)),
    locked: rd.has('LockConfiguration') ? mapValue(rd.num('LockConfiguration.MinRetentionDays', { unresolvable: 'LockConfiguration has no MinRetentionDays' }), () => true) : defaulted(false, rd.block, 'no LockConfiguration'),
    accessPolicy: policyAt(rd, 'AccessPolicy'),
  };
  return envelope(ctx, r, 'aws.backup.vault', rd.str('BackupVaultName', { unresolvable: 'generated' }), tagsOf(rd, 'BackupVaultTags'), props);
};

function planRule(i: Reader): BackupPlanRule | Value<never> {
  const name = i.str('RuleName', { unresolvable: 'the rule has no RuleName' });
  const vault = i.ref('TargetBackupVault', { unresolvable: 'the rule has no TargetBackupVault' });
  const schedule = i.strOrNull('ScheduleExpression');
  const del = i.get<number | null>('Lifecycle.DeleteAfterDays', (n) => (n.t === 'scalar' && Number.isFinite(Number(n.value)) ? { ok: true, value: Number(n.value) } : { ok: false, reason: 'expected a number' }), { value: null });
  const copies = listOf<BackupCopyAction>(i, 'CopyActions', (c) => {
    const dest = c.str('DestinationBackupVaultArn', { unresolvable: 'no DestinationBackupVaultArn' });
    const d = c.get<number | null>('Lifecycle.DeleteAfterDays', (n) => (n.t === 'scalar' && Number.isFinite(Number(n.value)) ? { ok: true, value: Number(n.value) } : { ok: false, reason: 'expected a number' }), { value: null });
    return firstUnknown(dest, d) ?? { destinationVaultArn: dest.value!, deleteAfterDays: d.value ?? null };
  });
  return firstUnknown(name, vault, schedule, del, copies) ?? { name: name.value!, targetVault: vault.value ?? '', schedule: schedule.value ?? null, deleteAfterDays: del.value ?? null, copyActions: copies.value! };
}

function selection(rd: Reader): BackupSelection | Value<never> {
  const name = rd.str('BackupSelection.SelectionName', { unresolvable: 'no SelectionName' });
  const role = rd.ref('BackupSelection.IamRoleArn', { unresolvable: 'no IamRoleArn' });
  const resources = rd.strs('BackupSelection.Resources');
  const tags = listOf(rd, 'BackupSelection.ListOfTags', (t) => {
    const k = t.str('ConditionKey', { unresolvable: 'no ConditionKey' });
    const v = t.str('ConditionValue', { unresolvable: 'no ConditionValue' });
    return firstUnknown(k, v) ?? { key: k.value!, value: v.value! };
  });
  return firstUnknown(name, role, resources, tags) ?? { name: name.value!, iamRoleArn: role.value ?? '', resources: resources.value!, tags: tags.value! };
}

/** AWS::Backup::BackupPlan. */
export const backupPlan: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const joined = ctx.ofType('AWS::Backup::BackupSelection').filter((s) => targets(nodeAt(s.props, 'BackupPlanId'), r.logicalId, undefined, ctx));
  const sels = joined.map((s) => selection(new Reader(ctx, s)));
  const unknownSel = sels.find((x): x is Value<never> => 'kind' in x);
  const props: BackupPlanProperties = {
    rules: listOf(rd, 'BackupPlan.BackupPlanRule', planRule),
    selections: unknownSel ?? (joined.length > 0 ? explicit(sels as BackupSelection[], ctx.prov(joined[0]!.range)) : defaulted([], rd.block, 'no AWS::Backup::BackupSelection names this plan')),
  };
  return envelope(ctx, r, 'aws.backup.plan', rd.str('BackupPlan.BackupPlanName', { unresolvable: 'no BackupPlanName' }), tagsOf(rd, 'BackupPlanTags'), props);
};

