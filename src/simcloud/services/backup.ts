/**
 * AWS Backup (restJson1, signing name `backup`): vaults, their access policies, plans and selections,
 * read-only. World state in `regions[<region>].backup`: `BackupVaults` as ListBackupVaults' items (with
 * `Locked`/`MinRetentionDays` for Vault Lock), `AccessPolicies` by vault name (the JSON string the API returns),
 * `BackupPlans` as `{ BackupPlanId, BackupPlan: { BackupPlanName, Rules }, Selections: [{ SelectionId,
 * BackupSelection }] }`. Lists page with `maxResults` (1-1000) and `nextToken`. A vault without a policy
 * answers `ResourceNotFoundException`, as AWS Backup does.
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { epoch, int, page, sectionOf, str } from './data/common.js';

type Shape = Record<string, unknown>;

/** `account.regions[<region>].backup`. */
export interface BackupSection {
  BackupVaults: Shape[];
  AccessPolicies: Record<string, string>;
  BackupPlans: Shape[];
}

export function emptyBackup(): BackupSection {
  return { BackupVaults: [], AccessPolicies: {}, BackupPlans: [] };
}

function normalize(s: BackupSection, ctx: CallContext): void {
  const prefix = `arn:aws:backup:${ctx.region}:${ctx.account.id}`;
  for (const v of s.BackupVaults) {
    v.BackupVaultArn ??= `${prefix}:backup-vault:${String(v.BackupVaultName)}`;
    // Without a key of its own a vault uses the account's AWS managed key for AWS Backup.
    v.EncryptionKeyArn ??= `arn:aws:kms:${ctx.region}:${ctx.account.id}:key/aws-backup-managed`;
    v.EncryptionKeyType ??= 'KMS';
    v.Locked ??= false;
    v.NumberOfRecoveryPoints ??= 0;
    v.CreationDate ??= '2026-01-01T00:00:00Z';
  }
  for (const p of s.BackupPlans) {
    p.BackupPlanArn ??= `${prefix}:backup-plan:${String(p.BackupPlanId)}`;
    p.VersionId ??= 'v1';
    p.CreationDate ??= '2026-01-01T00:00:00Z';
    p.Selections ??= [];
  }
}

function section(ctx: CallContext): BackupSection {
  return sectionOf(ctx, 'backup', emptyBackup, normalize);
}

function param(input: Shape, ctx: CallContext, name: string, wire = name): string | undefined {
  return str(input, name) ?? ctx.http.path[name] ?? ctx.http.query[wire];
}

function max(input: Shape, ctx: CallContext): number {
  return int({ MaxResults: param(input, ctx, 'MaxResults', 'maxResults') }, 'MaxResults', { min: 1, max: 1000 }, 'InvalidParameterValueException') ?? 1000;
}

function plan(ctx: CallContext, id: string | undefined): Shape {
  const p = section(ctx).BackupPlans.find((x) => x.BackupPlanId === id);
  if (!p) throw new SimError('ResourceNotFoundException', `Failed reading Backup plan with provided version`, 404);
  return p;
}

function planName(p: Shape): string {
  return String((p.BackupPlan as Shape | undefined)?.BackupPlanName ?? p.BackupPlanId);
}

export default defineService({
  signingName: 'backup',
  protocol: 'restJson1',
  routes: [
    { method: 'GET', path: '/backup-vaults', operation: 'ListBackupVaults' },
    { method: 'GET', path: '/backup-vaults/{BackupVaultName}/access-policy', operation: 'GetBackupVaultAccessPolicy' },
    { method: 'GET', path: '/backup/plans', operation: 'ListBackupPlans' },
    { method: 'GET', path: '/backup/plans/{BackupPlanId}', operation: 'GetBackupPlan' },
    { method: 'GET', path: '/backup/plans/{BackupPlanId}/selections', operation: 'ListBackupSelections' },
    { method: 'GET', path: '/backup/plans/{BackupPlanId}/selections/{SelectionId}', operation: 'GetBackupSelection' },
  ],
  operations: {
    ListBackupVaults(input, ctx) {
      const p = page(section(ctx).BackupVaults, param(input, ctx, 'NextToken', 'nextToken'), max(input, ctx), 'InvalidParameterValueException');
      return { BackupVaultList: p.items.map((v) => ({ ...v, CreationDate: epoch(v.CreationDate), LockDate: epoch(v.LockDate) })), NextToken: p.next };
    },
    GetBackupVaultAccessPolicy(input, ctx) {
      const name = param(input, ctx, 'BackupVaultName');
      const v = section(ctx).BackupVaults.find((x) => x.BackupVaultName === name);
      if (!v) throw new SimError('ResourceNotFoundException', `Backup vault ${String(name)} does not exist`, 404);
      const policy = section(ctx).AccessPolicies[String(name)];
      if (policy === undefined) throw new SimError('ResourceNotFoundException', `Backup vault ${String(name)} has no access policy`, 404);
      return { BackupVaultName: name, BackupVaultArn: v.BackupVaultArn, Policy: policy };
    },
    ListBackupPlans(input, ctx) {
      const p = page(section(ctx).BackupPlans, param(input, ctx, 'NextToken', 'nextToken'), max(input, ctx), 'InvalidParameterValueException');
      return {
        BackupPlansList: p.items.map((x) => ({ BackupPlanArn: x.BackupPlanArn, BackupPlanId: x.BackupPlanId, BackupPlanName: planName(x), VersionId: x.VersionId, CreationDate: epoch(x.CreationDate) })),
        NextToken: p.next,
      };
    },
    GetBackupPlan(input, ctx) {
      const p = plan(ctx, param(input, ctx, 'BackupPlanId'));
      const body = (p.BackupPlan ?? {}) as Shape;
      const rules = ((body.Rules ?? []) as Shape[]).map((r, i) => ({ RuleId: `rule-${i}`, ...r }));
      return { BackupPlan: { ...body, BackupPlanName: planName(p), Rules: rules }, BackupPlanArn: p.BackupPlanArn, BackupPlanId: p.BackupPlanId, VersionId: p.VersionId, CreationDate: epoch(p.CreationDate) };
    },
    ListBackupSelections(input, ctx) {
      const p = plan(ctx, param(input, ctx, 'BackupPlanId'));
      const sels = p.Selections as Shape[];
      const pg = page(sels, param(input, ctx, 'NextToken', 'nextToken'), max(input, ctx), 'InvalidParameterValueException');
      return {
        BackupSelectionsList: pg.items.map((s) => {
          const b = (s.BackupSelection ?? {}) as Shape;
          return { SelectionId: s.SelectionId, SelectionName: b.SelectionName, BackupPlanId: p.BackupPlanId, IamRoleArn: b.IamRoleArn, CreationDate: epoch(p.CreationDate) };
        }),
        NextToken: pg.next,
      };
    },
    GetBackupSelection(input, ctx) {
      const p = plan(ctx, param(input, ctx, 'BackupPlanId'));
      const id = param(input, ctx, 'SelectionId');
      const s = (p.Selections as Shape[]).find((x) => x.SelectionId === id);
      if (!s) throw new SimError('ResourceNotFoundException', `Selection ${String(id)} does not exist`, 404);
      return { BackupSelection: s.BackupSelection, SelectionId: s.SelectionId, BackupPlanId: p.BackupPlanId, CreationDate: epoch(p.CreationDate) };
    },
  },
});
