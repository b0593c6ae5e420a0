import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-rds-master-password-reset',
  kind: 'event',
  services: ['rds'],
  actions: ['ModifyDBInstance', 'ModifyDBCluster'],
  title: 'A database master password was reset',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098', techniqueName: 'Account Manipulation' },
  description: 'ModifyDBInstance or ModifyDBCluster with a new master user password: whoever set it can log in to the database as its administrator and read everything, without any IAM permission on the data.',
  falsePositives: 'Password rotation by a DBA or a rotation Lambda (the Lambda calls through its own role; check that role is the expected one).',
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.DBInstance.Modifying.html'],
  match(e) {
    if (!principalCall(e, 'rds', 'ModifyDBInstance', 'ModifyDBCluster')) return undefined;
    // CloudTrail masks the value; the key's presence is the change.
    if (req(e, 'masterUserPassword') === undefined) return undefined;
    const db = asString(req(e, 'dBInstanceIdentifier')) ?? asString(req(e, 'dBClusterIdentifier')) ?? '(unnamed)';
    return `${who(e)} reset the master password of database ${db}`;
  },
});
