import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-rds-cluster-deletion-protection',
  title: 'RDS DB cluster does not have deletion protection',
  severity: 'low',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.cluster',
  description: 'RDS DB clusters should have deletion protection enabled.',
  risk: 'Deleting a cluster removes its storage volume; one mistaken or malicious call loses the database.',
  remediation: {
    cli: 'aws rds modify-db-cluster --db-cluster-identifier CLUSTER --deletion-protection --apply-immediately',
    terraform: `resource "aws_rds_cluster" "this" {
  # ...
  deletion_protection = true
}`,
    cloudformation: `Type: AWS::RDS::DBCluster
Properties:
  DeletionProtection: true`,
    console: 'RDS > Databases > the cluster > Modify > Deletion protection: Enable deletion protection.',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection', 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-7'],
  evaluate(cluster) {
    return check('deletionProtection', cluster.properties.deletionProtection, (v) => v, { pass: 'deletion protection is on', fail: 'deletion protection is off' });
  },
});
