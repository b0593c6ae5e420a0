import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

const WHAT: Readonly<Record<string, string>> = {
  DeleteBackupVault: 'backup vault',
  DeleteRecoveryPoint: 'recovery point',
  DeleteBackupPlan: 'backup plan',
  DeleteBackupVaultLockConfiguration: 'vault lock of backup vault',
};

export default defineDetection({
  id: 'aws-cloudtrail-backup-deleted',
  kind: 'event',
  services: ['backup'],
  actions: [...Object.keys(WHAT)],
  title: 'AWS Backup vaults, plans or recovery points were deleted',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1490', techniqueName: 'Inhibit System Recovery' },
  description: 'Deleting a backup vault, its lock, a backup plan or recovery points: the copies that would restore the data after destruction or ransomware are removed first.',
  falsePositives: 'Retention clean-up by hand, or removing plans for decommissioned systems. AWS Backup\'s own lifecycle deletions are made by the service and not reported.',
  references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/logging-using-cloudtrail.html'],
  match(e) {
    if (!principalCall(e, 'backup', ...Object.keys(WHAT))) return undefined;
    const name = asString(req(e, 'recoveryPointArn')) ?? asString(req(e, 'backupPlanId')) ?? asString(req(e, 'backupVaultName')) ?? '(unnamed)';
    return `${who(e)} deleted ${WHAT[e.action]} ${name}`;
  },
});
