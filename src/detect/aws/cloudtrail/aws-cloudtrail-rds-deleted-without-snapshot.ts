import { defineDetection } from '../../kit/detection.js';
import { asBool, asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-rds-deleted-without-snapshot',
  kind: 'event',
  services: ['rds'],
  actions: ['DeleteDBInstance', 'DeleteDBCluster'],
  title: 'A database was deleted without a final snapshot',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Impact', technique: 'T1485', techniqueName: 'Data Destruction' },
  description: 'DeleteDBInstance or DeleteDBCluster with SkipFinalSnapshot: no snapshot is taken on the way out, and with DeleteAutomatedBackups the point-in-time backups go too. Unless other backups exist, the data is gone.',
  falsePositives: 'Tearing down test and ephemeral databases. Production databases should have deletion protection on.',
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBInstance.html'],
  match(e) {
    if (!principalCall(e, 'rds', 'DeleteDBInstance', 'DeleteDBCluster') || asBool(req(e, 'skipFinalSnapshot')) !== true) return undefined;
    const db = asString(req(e, 'dBInstanceIdentifier')) ?? asString(req(e, 'dBClusterIdentifier')) ?? '(unnamed)';
    return `${who(e)} deleted database ${db} without a final snapshot${asBool(req(e, 'deleteAutomatedBackups')) === true ? ', along with its automated backups' : ''}`;
  },
});
