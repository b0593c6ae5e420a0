import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';
import { rdsSharing } from '../../kit/aws-b-sharing.js';

export default defineDetection({
  id: 'aws-cloudtrail-rds-snapshot-public',
  kind: 'event',
  services: ['rds'],
  actions: ['ModifyDBSnapshotAttribute', 'ModifyDBClusterSnapshotAttribute'],
  title: 'An RDS snapshot was made public',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Exfiltration', technique: 'T1537', techniqueName: 'Transfer Data to Cloud Account' },
  description: 'An RDS snapshot was made public: any AWS account can copy it and read the data in it (volumes, databases, baked-in secrets). The most common way snapshots leak.',
  falsePositives: 'Publishing a public AMI or sample dataset on purpose. Those should come from a dedicated publishing account.',
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html'],
  match(e) {
    if (!principalCall(e, 'rds', 'ModifyDBSnapshotAttribute', 'ModifyDBClusterSnapshotAttribute')) return undefined;
    const s = rdsSharing(e);
    if (!s.public) return undefined;
    return `${who(e)} made RDS snapshot ${asString(req(e, 'dBSnapshotIdentifier')) ?? asString(req(e, 'dBClusterSnapshotIdentifier')) ?? '(unnamed)'} public`;
  },
});
