import { isKnown } from '../../../model/core/index.js';
import { at, defineRule, evidence, fail, hasNarrowingCondition, isAnyonePrincipal, pass, statementCoversAction, unknown, type Outcome } from '../../kit/index.js';

/** Actions that destroy or weaken the vault's recovery points. */
const DESTRUCTIVE = ['backup:DeleteRecoveryPoint', 'backup:UpdateRecoveryPointLifecycle', 'backup:DeleteBackupVault'];

export default defineRule({
  id: 'aws-backup-vault-policy-public-delete',
  title: 'Backup vault access policy lets anyone delete recovery points',
  severity: 'critical',
  provider: 'aws',
  service: 'backup',
  resourceType: 'aws.backup.vault',
  description: 'Flags backup vault access policy statements that allow the `*` principal to delete recovery points (or shorten their lifecycle, or delete the vault) without a condition narrowing the caller.',
  risk: 'Any AWS principal, in any account, may destroy the backups: the last line of defence against ransomware and accidental deletion is gone.',
  remediation: {
    cli: 'aws backup put-backup-vault-access-policy --backup-vault-name NAME --policy file://deny-delete.json   # or delete-backup-vault-access-policy',
    terraform: `resource "aws_backup_vault_policy" "main" {
  backup_vault_name = aws_backup_vault.main.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Principal = "*", Action = ["backup:DeleteRecoveryPoint"], Resource = "*" }]
  })
}`,
    cloudformation: `AccessPolicy:
  Version: "2012-10-17"
  Statement:
    - Effect: Deny
      Principal: "*"
      Action: backup:DeleteRecoveryPoint
      Resource: "*"`,
    console: 'AWS Backup > Backup vaults > the vault > Access policy > Edit: remove the statement allowing "*" to delete, or replace it with a Deny.',
  },
  references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/create-a-vault-access-policy.html'],
  evaluate(vault) {
    const policy = vault.properties.accessPolicy;
    const ev = evidence('accessPolicy', policy);
    if (!isKnown(policy)) return unknown(`the vault access policy could not be determined: ${policy.reason ?? 'unresolvable'}`, ev);
    if (policy.value === null) return pass('The vault has no access policy: only principals of the account with IAM permission can act on it', ev);
    const out: Outcome[] = [];
    policy.value.Statement.forEach((st, i) => {
      if (st.Effect !== 'Allow' || !isAnyonePrincipal(st.Principal) || hasNarrowingCondition(st)) return;
      const hit = DESTRUCTIVE.filter((a) => statementCoversAction(st, a));
      if (hit.length > 0) out.push(at(fail(`Statement[${i}]${st.Sid ? ` (${st.Sid})` : ''} allows anyone ${hit.join(', ')}`, ev), `Statement[${i}]`, policy.source));
    });
    return out.length > 0 ? out : pass('No statement of the vault access policy lets anyone delete recovery points', ev);
  },
});
