/**
 * AWS Backup: vaults (key, Vault Lock, access policy), plans (rules and selections) and, per region, the
 * record of which plans exist (so "no plan here" is a fact the rules can judge, or unknown when listing
 * failed). Whether a vault's key is the AWS managed `aws/backup` key is asked of KMS: the vault only reports
 * the key's ARN, which looks the same for both kinds.
 */
import {
  BackupClient,
  GetBackupPlanCommand,
  GetBackupSelectionCommand,
  GetBackupVaultAccessPolicyCommand,
  ListBackupPlansCommand,
  ListBackupSelectionsCommand,
  ListBackupVaultsCommand,
  type BackupPlansListMember,
  type BackupSelectionsListMember,
  type BackupVaultListMember,
} from '@aws-sdk/client-backup';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import type { Value } from '../../../../model/core/index.js';
import type { BackupPlanRule, BackupSelection } from '../../../../model/aws/containers.js';
import { apiUnknown, apiValue, defineCollector, type CollectorContext } from '../collector.js';
import { forEachLimited, fromCall, live, policyFrom } from './edge/shared.js';

const LIST_VAULTS = 'backup:ListBackupVaults';
const VAULT_POLICY = 'backup:GetBackupVaultAccessPolicy';
const LIST_PLANS = 'backup:ListBackupPlans';
const GET_PLAN = 'backup:GetBackupPlan';
const LIST_SELECTIONS = 'backup:ListBackupSelections';
const GET_SELECTION = 'backup:GetBackupSelection';
const DESCRIBE_KEY = 'kms:DescribeKey';

async function collectVaults(ctx: CollectorContext, backup: BackupClient, kms: KMSClient): Promise<void> {
  const list = await ctx.paginate<BackupVaultListMember>(LIST_VAULTS, async (NextToken) => {
    const o = await backup.send(new ListBackupVaultsCommand({ NextToken, MaxResults: 1000 }));
    return { items: o.BackupVaultList ?? [], next: o.NextToken };
  });
  if (!list.ok) return;
  const src = ctx.prov(LIST_VAULTS);
  await forEachLimited(list.value, 8, async (v) => {
    const name = v.BackupVaultName ?? '';
    const uid = v.BackupVaultArn ?? `arn:aws:backup:${ctx.region}:${ctx.account}:backup-vault:${name}`;
    const key = v.EncryptionKeyArn ?? null;
    const [pol, meta] = await Promise.all([
      ctx.call(VAULT_POLICY, async () => (await backup.send(new GetBackupVaultAccessPolicyCommand({ BackupVaultName: name }))).Policy, { resourceId: uid, expected: ['ResourceNotFoundException'] }),
      key === null ? undefined : ctx.call(DESCRIBE_KEY, async () => (await kms.send(new DescribeKeyCommand({ KeyId: key }))).KeyMetadata?.KeyManager, { resourceId: uid }),
    ]);
    const customerManagedKey: Value<boolean> = meta === undefined ? apiValue(false, src) : fromCall(ctx, DESCRIBE_KEY, meta, (m) => m !== 'AWS');
    ctx.emit(live(ctx, 'aws.backup.vault', uid, name, LIST_VAULTS, {
      encryptionKeyArn: apiValue(key, src),
      customerManagedKey,
      locked: apiValue(v.Locked === true, src),
      accessPolicy: policyFrom(ctx, VAULT_POLICY, pol),
    }));
  });
}

async function selectionsOf(ctx: CollectorContext, backup: BackupClient, planId: string, uid: string): Promise<Value<readonly BackupSelection[]>> {
  const list = await ctx.paginate<BackupSelectionsListMember>(LIST_SELECTIONS, async (NextToken) => {
    const o = await backup.send(new ListBackupSelectionsCommand({ BackupPlanId: planId, NextToken, MaxResults: 1000 }));
    return { items: o.BackupSelectionsList ?? [], next: o.NextToken };
  });
  if (!list.ok) return apiUnknown(list, ctx.prov(LIST_SELECTIONS));
  const out: BackupSelection[] = [];
  for (const s of list.value) {
    const r = await ctx.call(GET_SELECTION, async () => (await backup.send(new GetBackupSelectionCommand({ BackupPlanId: planId, SelectionId: s.SelectionId }))).BackupSelection, { resourceId: uid });
    if (!r.ok) return apiUnknown(r, ctx.prov(GET_SELECTION));
    const b = r.value;
    out.push({
      name: b?.SelectionName ?? s.SelectionName ?? '',
      iamRoleArn: b?.IamRoleArn ?? s.IamRoleArn ?? '',
      resources: [...(b?.Resources ?? [])],
      tags: [
        ...(b?.ListOfTags ?? []).map((t) => ({ key: t.ConditionKey ?? '', value: t.ConditionValue ?? '' })),
        ...(b?.Conditions?.StringEquals ?? []).map((t) => ({ key: (t.ConditionKey ?? '').replace(/^aws:ResourceTag\//, ''), value: t.ConditionValue ?? '' })),
      ],
    });
  }
  return apiValue(out, ctx.prov(GET_SELECTION));
}

async function collectPlans(ctx: CollectorContext, backup: BackupClient): Promise<void> {
  const list = await ctx.paginate<BackupPlansListMember>(LIST_PLANS, async (NextToken) => {
    const o = await backup.send(new ListBackupPlansCommand({ NextToken, MaxResults: 1000 }));
    return { items: o.BackupPlansList ?? [], next: o.NextToken };
  });
  const listSrc = ctx.prov(LIST_PLANS);
  const uids = list.ok ? list.value.map((p) => p.BackupPlanArn ?? `arn:aws:backup:${ctx.region}:${ctx.account}:backup-plan:${p.BackupPlanId ?? ''}`) : [];
  ctx.emit(live(ctx, 'aws.backup.region', `arn:aws:backup:${ctx.region}:${ctx.account}:region`, ctx.region, LIST_PLANS, { plans: list.ok ? apiValue(uids, listSrc) : apiUnknown(list, listSrc) }));
  if (!list.ok) return;
  await forEachLimited(list.value.map((p, i) => [p, uids[i]!] as const), 8, async ([p, uid]) => {
    const id = p.BackupPlanId ?? '';
    const r = await ctx.call(GET_PLAN, async () => (await backup.send(new GetBackupPlanCommand({ BackupPlanId: id }))).BackupPlan, { resourceId: uid });
    const rules = fromCall(ctx, GET_PLAN, r, (plan): readonly BackupPlanRule[] =>
      (plan?.Rules ?? []).map((rule) => ({
        name: rule.RuleName ?? '',
        targetVault: rule.TargetBackupVaultName ?? '',
        schedule: rule.ScheduleExpression ?? null,
        deleteAfterDays: rule.Lifecycle?.DeleteAfterDays ?? null,
        copyActions: (rule.CopyActions ?? []).map((c) => ({ destinationVaultArn: c.DestinationBackupVaultArn ?? '', deleteAfterDays: c.Lifecycle?.DeleteAfterDays ?? null })),
      })),
    );
    const selections = await selectionsOf(ctx, backup, id, uid);
    ctx.emit(live(ctx, 'aws.backup.plan', uid, p.BackupPlanName ?? id, LIST_PLANS, { rules, selections }));
  });
}

export default defineCollector({
  id: 'backup',
  scope: 'regional',
  apiCalls: [LIST_VAULTS, VAULT_POLICY, DESCRIBE_KEY, LIST_PLANS, GET_PLAN, LIST_SELECTIONS, GET_SELECTION],
  permissions: [LIST_VAULTS, VAULT_POLICY, DESCRIBE_KEY, LIST_PLANS, GET_PLAN, LIST_SELECTIONS, GET_SELECTION],
  emits: ['aws.backup.vault', 'aws.backup.plan', 'aws.backup.region'],
  async collect(ctx) {
    const backup = ctx.client(BackupClient);
    await collectVaults(ctx, backup, ctx.client(KMSClient));
    await collectPlans(ctx, backup);
  },
});
