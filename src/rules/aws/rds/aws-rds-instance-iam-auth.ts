import { isKnown } from '../../../model/core/index.js';
import { check, defineRule } from '../../kit/index.js';

/** Engines that support IAM database authentication. */
const IAM_ENGINES = /^(mysql|mariadb|postgres|aurora)/i;

export default defineRule({
  id: 'aws-rds-instance-iam-auth',
  title: 'RDS DB instance does not use IAM database authentication',
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  description: 'Standalone MySQL, MariaDB and PostgreSQL instances should enable IAM database authentication, so applications connect with short-lived tokens instead of stored passwords.',
  risk: 'Static database passwords end up in configuration, environment variables and source control, and are rarely rotated or revoked when people leave.',
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --enable-iam-database-authentication --apply-immediately',
    terraform: `resource "aws_db_instance" "this" {
  # ...
  iam_database_authentication_enabled = true
}`,
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  EnableIAMDatabaseAuthentication: true`,
    console: 'RDS > Databases > the instance > Modify > Database authentication: Password and IAM database authentication.',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-10'],
  evaluate(db) {
    const p = db.properties;
    if (!(isKnown(p.clusterId) && p.clusterId.value === null)) return undefined;
    if (isKnown(p.engine) && !IAM_ENGINES.test(p.engine.value)) return undefined; // Oracle, SQL Server, Db2: not supported
    return check('iamAuthentication', p.iamAuthentication, (v) => v, { pass: 'IAM database authentication is on', fail: 'IAM database authentication is off' });
  },
});
