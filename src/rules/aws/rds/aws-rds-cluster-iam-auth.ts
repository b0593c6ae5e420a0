import { isKnown } from '../../../model/core/index.js';
import { check, defineRule } from '../../kit/index.js';

/** Cluster engines that support IAM database authentication. */
const IAM_ENGINES = /^(aurora|mysql|postgres)/i;

export default defineRule({
  id: 'aws-rds-cluster-iam-auth',
  title: 'RDS DB cluster does not use IAM database authentication',
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.cluster',
  description: 'Aurora and Multi-AZ DB clusters should enable IAM database authentication, so applications connect with short-lived tokens tied to IAM roles instead of stored passwords.',
  risk: 'Static database passwords spread through configuration and CI systems, are rarely rotated, and keep working after the person or service that held them is gone.',
  remediation: {
    cli: 'aws rds modify-db-cluster --db-cluster-identifier CLUSTER --enable-iam-database-authentication --apply-immediately',
    terraform: `resource "aws_rds_cluster" "this" {
  # ...
  iam_database_authentication_enabled = true
}`,
    cloudformation: `Type: AWS::RDS::DBCluster
Properties:
  EnableIAMDatabaseAuthentication: true`,
    console: 'RDS > Databases > the cluster > Modify > Database authentication: Password and IAM database authentication > Continue.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-12',
  ],
  evaluate(cluster) {
    const engine = cluster.properties.engine;
    if (isKnown(engine) && !IAM_ENGINES.test(engine.value)) return undefined;
    return check('iamAuthentication', cluster.properties.iamAuthentication, (on) => on, { pass: 'IAM database authentication is on', fail: 'IAM database authentication is off' });
  },
});
