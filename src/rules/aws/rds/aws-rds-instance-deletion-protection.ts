import { isKnown } from '../../../model/core/index.js';
import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-rds-instance-deletion-protection',
  title: 'RDS DB instance does not have deletion protection',
  severity: 'low',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  description: 'Standalone RDS DB instances should have deletion protection enabled (Aurora instances are protected at the cluster, see aws-rds-cluster-deletion-protection).',
  risk: 'A mistaken API call, a `terraform destroy` or a compromised credential can drop the database in one step.',
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --deletion-protection --apply-immediately',
    terraform: `resource "aws_db_instance" "this" {
  # ...
  deletion_protection = true
}`,
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  DeletionProtection: true`,
    console: 'RDS > Databases > the instance > Modify > Deletion protection: Enable deletion protection.',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection', 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-8'],
  evaluate(db) {
    if (!(isKnown(db.properties.clusterId) && db.properties.clusterId.value === null)) return undefined;
    return check('deletionProtection', db.properties.deletionProtection, (v) => v, { pass: 'deletion protection is on', fail: 'deletion protection is off' });
  },
});
