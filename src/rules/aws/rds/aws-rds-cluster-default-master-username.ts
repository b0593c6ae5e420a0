import { defineRule } from '../../kit/index.js';
import { masterUsernameOutcome } from '../../kit/aws-data-rds.js';

export default defineRule({
  id: 'aws-rds-cluster-default-master-username',
  title: 'RDS DB cluster uses a default master user name',
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.cluster',
  description: 'Aurora and Multi-AZ DB clusters should not keep a well-known master user name (admin, postgres, root, master and the like).',
  risk: 'Password spraying starts with the default administrator names; a known user name leaves only the password between an attacker who reaches the endpoint and full control of every database of the cluster.',
  remediation: {
    cli: 'The master user name cannot be changed: restore a cluster snapshot into a new cluster created with --master-username UNIQUE_NAME.',
    terraform: `resource "aws_rds_cluster" "this" {
  # ...
  master_username = "orders_owner"   # replaces the cluster
}`,
    cloudformation: `Type: AWS::RDS::DBCluster
Properties:
  MasterUsername: orders_owner   # replaces the cluster`,
    console: 'RDS > Snapshots > the cluster snapshot > Actions > Restore snapshot > Settings > Master username: a non-default name.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.MasterAccounts.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-24',
  ],
  evaluate(cluster) {
    return masterUsernameOutcome(cluster.properties.masterUsername);
  },
});
