import { isKnown } from '../../../model/core/index.js';
import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-rds-instance-multi-az',
  title: 'RDS DB instance is not deployed across multiple Availability Zones',
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  description: 'Standalone RDS DB instances should run as Multi-AZ deployments with a synchronous standby in another Availability Zone. Aurora spreads storage across zones at the cluster level and is not judged here.',
  risk: 'A single-AZ instance is unavailable during an Availability Zone outage, a host failure or some maintenance, and recovery means restoring from backup.',
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --multi-az --apply-immediately',
    terraform: `resource "aws_db_instance" "this" {
  # ...
  multi_az = true
}`,
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  MultiAZ: true`,
    console: 'RDS > Databases > the instance > Modify > Availability & durability: Create a standby instance.',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-5'],
  evaluate(db) {
    if (!(isKnown(db.properties.clusterId) && db.properties.clusterId.value === null)) return undefined;
    return check('multiAz', db.properties.multiAz, (v) => v, { pass: 'the instance is Multi-AZ', fail: 'the instance runs in a single Availability Zone' });
  },
});
