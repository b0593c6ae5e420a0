/**
 * AWS Backup vaults (joined with their `aws_backup_vault_lock_configuration` and `aws_backup_vault_policy`)
 * and plans (joined with the `aws_backup_selection`s that name them). A vault lock or policy whose vault
 * name is an unset variable may configure any vault: the vault's setting is then unknown, not absent.
 */
import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, isKnown, mapValue, unresolvable } from '../../../../model/core/index.js';
import type { BackupCopyAction, BackupPlanProperties, BackupPlanRule, BackupSelection, BackupVaultProperties } from '../../../../model/aws/containers.js';
import type { TfResourceInstance } from '../instance.js';
import type { AdaptContext } from './context.js';
import { isUnresolved, type Scope } from './scope.js';
import { KMS, KMS_LIT } from './data.js';

const VAULT_LIT = ['name'];

/** Whether a key reference names the AWS managed key of AWS Backup (`alias/aws/backup`). */
function isAwsManagedKey(key: string): boolean {
  return /alias\/aws\/backup$/.test(key);
}

function adaptVault(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const key = s.refOrNull('kms_key_arn', KMS, KMS_LIT, 'no kms_key_arn: recovery points are encrypted with the AWS managed aws/backup key');
  const lock = ctx.joined(inst, ['aws_backup_vault_lock_configuration'], 'backup_vault_name', VAULT_LIT)[0];
  const pol = ctx.joined(inst, ['aws_backup_vault_policy'], 'backup_vault_name', VAULT_LIT)[0];
  const undeterminedLock = lock ? undefined : ctx.undeterminedJoin(inst, 'aws_backup_vault_lock_configuration', 'backup_vault_name');
  const undeterminedPolicy = pol ? undefined : ctx.undeterminedJoin(inst, 'aws_backup_vault_policy', 'backup_vault_name');
  const props: BackupVaultProperties = {
    encryptionKeyArn: key,
    customerManagedKey: mapValue(key, (k) => k !== null && !isAwsManagedKey(k)),
    locked: lock
      ? explicit(true, ctx.scope(lock).blockProv())
      : undeterminedLock
        ? unresolvable(`${undeterminedLock.address} names its vault through an unknown value`, ctx.scope(undeterminedLock).blockProv())
        : defaulted(false, s.blockProv(), 'no aws_backup_vault_lock_configuration for this vault'),
    accessPolicy: pol
      ? ctx.scope(pol).policy('policy')
      : undeterminedPolicy
        ? unresolvable(`${undeterminedPolicy.address} names its vault through an unknown value`, ctx.scope(undeterminedPolicy).blockProv())
        : defaulted(null, s.blockProv(), 'no aws_backup_vault_policy for this vault'),
  };
  return ctx.resource(inst, 'aws.backup.vault', props, s.str('name'));
}

function days(v: Value<number | null>): number | null | undefined {
  return isKnown(v) ? v.value : undefined;
}

function planRule(r: Scope): BackupPlanRule | Value<never> {
  const name = r.str('rule_name');
  const vault = r.ref('target_vault_name', ['aws_backup_vault'], VAULT_LIT);
  const schedule = r.strOrNull('schedule');
  const del = r.numOrNull('lifecycle.delete_after');
  for (const v of [name, vault, schedule, del] as Value<unknown>[]) if (!isKnown(v)) return v as Value<never>;
  const copies = r.blocks('copy_action');
  if (isUnresolved(copies)) return copies;
  const copyActions: BackupCopyAction[] = [];
  for (const c of copies) {
    const dest = c.str('destination_vault_arn');
    const cd = c.numOrNull('lifecycle.delete_after');
    if (!isKnown(dest)) return dest as Value<never>;
    if (!isKnown(cd)) return cd as Value<never>;
    copyActions.push({ destinationVaultArn: dest.value, deleteAfterDays: cd.value });
  }
  return { name: name.value!, targetVault: vault.value!, schedule: schedule.value ?? null, deleteAfterDays: days(del) ?? null, copyActions };
}

function selection(ctx: AdaptContext, inst: TfResourceInstance): BackupSelection | Value<never> {
  const s = ctx.scope(inst);
  const name = s.str('name');
  const role = s.ref('iam_role_arn', ['aws_iam_role'], ['arn', 'name']);
  const resources = s.strList('resources');
  for (const v of [name, role, resources] as Value<unknown>[]) if (!isKnown(v)) return v as Value<never>;
  const tagBlocks = s.blocks('selection_tag');
  if (isUnresolved(tagBlocks)) return tagBlocks;
  const tags: { key: string; value: string }[] = [];
  for (const t of tagBlocks) {
    const k = t.str('key');
    const v = t.str('value');
    if (!isKnown(k)) return k as Value<never>;
    if (!isKnown(v)) return v as Value<never>;
    tags.push({ key: k.value, value: v.value });
  }
  return { name: name.value!, iamRoleArn: role.value!, resources: resources.value!, tags };
}

function adaptPlan(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const blocks = s.blocks('rule');
  let rules: Value<readonly BackupPlanRule[]>;
  if (isUnresolved(blocks)) rules = blocks;
  else {
    const out: BackupPlanRule[] = [];
    let unknownRule: Value<never> | undefined;
    for (const b of blocks) {
      const r = planRule(b);
      if ('kind' in r) unknownRule ??= r;
      else out.push(r);
    }
    const node = s.node('rule');
    rules = unknownRule ?? (node ? explicit(out, s.prov(node, 'rule')) : defaulted(out, s.blockProv(), 'the plan has no rule'));
  }
  const joined = ctx.joined(inst, ['aws_backup_selection'], 'plan_id', []);
  const sels = joined.map((j) => selection(ctx, j));
  const unknownSel = sels.find((x): x is Value<never> => 'kind' in x);
  const selections: Value<readonly BackupSelection[]> = unknownSel ?? (joined.length > 0 ? explicit(sels as BackupSelection[], ctx.scope(joined[0]!).blockProv()) : defaulted([], s.blockProv(), 'no aws_backup_selection names this plan'));
  const props: BackupPlanProperties = { rules, selections };
  return ctx.resource(inst, 'aws.backup.plan', props, s.str('name'));
}

/** AWS Backup vaults and plans. */
export function adaptBackup(ctx: AdaptContext): Resource[] {
  return [...ctx.each(['aws_backup_vault'], (i) => adaptVault(ctx, i)), ...ctx.each(['aws_backup_plan'], (i) => adaptPlan(ctx, i))];
}
