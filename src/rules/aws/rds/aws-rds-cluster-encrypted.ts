import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-rds-cluster-encrypted',
  title: 'RDS DB cluster storage is not encrypted',
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.cluster',
  description: 'Aurora and Multi-AZ DB clusters should encrypt their storage, backups and snapshots with KMS.',
  risk: 'Cluster volumes and snapshots copied out of the account, shared by mistake or restored elsewhere expose all data in clear.',
  remediation: {
    cli: 'Encryption cannot be turned on in place: snapshot the cluster, restore it with aws rds restore-db-cluster-from-snapshot --kms-key-id alias/aws/rds, and move clients to the new cluster.',
    terraform: `resource "aws_rds_cluster" "this" {
  # ...
  storage_encrypted = true
}`,
    cloudformation: `Type: AWS::RDS::DBCluster
Properties:
  StorageEncrypted: true`,
    console: 'RDS > Snapshots > the cluster snapshot > Restore snapshot > Encryption: Enable encryption, then switch clients over.',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-27'],
  evaluate(cluster) {
    return check('storageEncrypted', cluster.properties.storageEncrypted, (v) => v, { pass: 'cluster storage is encrypted', fail: 'cluster storage is not encrypted' });
  },
});
