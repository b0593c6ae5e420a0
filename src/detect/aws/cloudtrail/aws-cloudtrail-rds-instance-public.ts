import { defineDetection } from '../../kit/detection.js';
import { asBool, asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-rds-instance-public',
  kind: 'event',
  services: ['rds'],
  actions: ['ModifyDBInstance', 'CreateDBInstance', 'RestoreDBInstanceFromDBSnapshot', 'RestoreDBInstanceToPointInTime'],
  title: 'A database instance was made publicly accessible',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1578.005', techniqueName: 'Modify Cloud Compute Infrastructure: Modify Cloud Compute Configurations' },
  description: 'ModifyDBInstance (or CreateDBInstance, RestoreDBInstanceFromDBSnapshot) with PubliclyAccessible true: the database gets a public DNS name and address, reachable from the internet wherever its security group allows.',
  falsePositives: 'Development databases reached from laptops. Production databases should stay private behind a bastion or VPN.',
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding'],
  match(e) {
    if (!principalCall(e, 'rds', 'ModifyDBInstance', 'CreateDBInstance', 'RestoreDBInstanceFromDBSnapshot', 'RestoreDBInstanceToPointInTime')) return undefined;
    if (asBool(req(e, 'publiclyAccessible')) !== true) return undefined;
    const db = asString(req(e, 'dBInstanceIdentifier')) ?? asString(req(e, 'targetDBInstanceIdentifier')) ?? '(unnamed)';
    return `${who(e)} made database ${db} publicly accessible (${e.action})`;
  },
});
