import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-rds-instance-auto-minor-upgrade',
  title: 'RDS DB instance does not apply minor engine upgrades automatically',
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  description: 'RDS DB instances should have automatic minor version upgrades on, so engine security patches are applied in the maintenance window.',
  risk: 'Instances left on old minor versions keep known, published database engine vulnerabilities until someone upgrades them by hand.',
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --auto-minor-version-upgrade --apply-immediately',
    terraform: `resource "aws_db_instance" "this" {
  # ...
  auto_minor_version_upgrade = true
}`,
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  AutoMinorVersionUpgrade: true`,
    console: 'RDS > Databases > the instance > Modify > Maintenance: Enable auto minor version upgrade.',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades', 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-13'],
  evaluate(db) {
    return check('autoMinorVersionUpgrade', db.properties.autoMinorVersionUpgrade, (v) => v, { pass: 'automatic minor upgrades are on', fail: 'automatic minor upgrades are off' });
  },
});
