import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-rds-cluster-copy-tags-to-snapshot',
  title: 'RDS DB cluster does not copy its tags to snapshots',
  severity: 'low',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.cluster',
  description: 'DB clusters should copy their tags to their cluster snapshots, so that a snapshot keeps its owner, data classification and the tag-based access control of its cluster.',
  risk: 'Untagged snapshots escape tag-based IAM conditions, cost allocation and data-classification rules; a forgotten snapshot of a customer database is neither protected nor cleaned up.',
  remediation: {
    cli: 'aws rds modify-db-cluster --db-cluster-identifier CLUSTER --copy-tags-to-snapshot --apply-immediately',
    terraform: `resource "aws_rds_cluster" "this" {
  # ...
  copy_tags_to_snapshot = true
}`,
    cloudformation: `Type: AWS::RDS::DBCluster
Properties:
  CopyTagsToSnapshot: true`,
    console: 'RDS > Databases > the cluster > Modify > Additional configuration > Copy tags to snapshots > Continue.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Tagging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-16',
  ],
  evaluate(cluster) {
    return check('copyTagsToSnapshot', cluster.properties.copyTagsToSnapshot, (on) => on, { pass: 'Tags are copied to snapshots', fail: 'Tags are not copied to snapshots' });
  },
});
