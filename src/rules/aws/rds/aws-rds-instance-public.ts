import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-rds-instance-public',
  title: 'RDS DB instance is publicly accessible',
  severity: 'critical',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  description: 'RDS DB instances should not be publicly accessible: a public instance gets a DNS name that resolves to a public IP address.',
  risk: 'With a public address, only the security group stands between the database listener and internet-wide credential stuffing and exploitation of engine vulnerabilities.',
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --no-publicly-accessible --apply-immediately',
    terraform: `resource "aws_db_instance" "this" {
  # ...
  publicly_accessible = false
}`,
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  PubliclyAccessible: false`,
    console: 'RDS > Databases > the instance > Modify > Connectivity > Additional configuration > Not publicly accessible > Continue > Apply immediately.',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding', 'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-2'],
  evaluate(db) {
    return check('publiclyAccessible', db.properties.publiclyAccessible, (v) => !v, { pass: 'the instance is not publicly accessible', fail: 'the instance is publicly accessible' });
  },
});
