import { defineRule } from '../../kit/index.js';
import { masterUsernameOutcome, standalone } from '../../kit/aws-data-rds.js';

export default defineRule({
  id: 'aws-rds-instance-default-master-username',
  title: 'RDS DB instance uses a default master user name',
  severity: 'medium',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  description: 'Standalone DB instances should not keep a well-known master user name (admin, postgres, root, sa, master and the like). Aurora instances use their cluster\'s master user, judged by aws-rds-cluster-default-master-username.',
  risk: 'Credential stuffing and password spraying start with the default administrator names; a known user name leaves only the password between an attacker who reaches the endpoint and full control of the database.',
  remediation: {
    cli: 'The master user name cannot be changed: restore a snapshot into a new instance created with --master-username UNIQUE_NAME, or create a new administrator and stop using the default one.',
    terraform: `resource "aws_db_instance" "this" {
  # ...
  username = "ledger_owner"   # replaces the instance
}`,
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  MasterUsername: ledger_owner   # replaces the instance`,
    console: 'RDS > Databases > Restore from snapshot (or Create database) > Settings > Master username: a non-default name.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.MasterAccounts.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-25',
  ],
  evaluate(db) {
    if (!standalone(db.properties)) return undefined;
    return masterUsernameOutcome(db.properties.masterUsername);
  },
});
