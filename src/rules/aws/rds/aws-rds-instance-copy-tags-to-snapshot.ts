import { check, defineRule } from '../../kit/index.js';
import { standalone } from '../../kit/aws-data-rds.js';

export default defineRule({
  id: 'aws-rds-instance-copy-tags-to-snapshot',
  title: 'RDS DB instance does not copy its tags to snapshots',
  severity: 'low',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.instance',
  description: 'Standalone DB instances should copy their tags to their snapshots, so that a snapshot keeps its owner, data classification and the tag-based access control of its database. Aurora instances take snapshots through their cluster.',
  risk: 'Untagged snapshots escape tag-based IAM conditions, cost allocation and data-classification rules; nobody knows whose data a forgotten snapshot holds, so it is neither protected nor deleted.',
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier DB --copy-tags-to-snapshot --apply-immediately',
    terraform: `resource "aws_db_instance" "this" {
  # ...
  copy_tags_to_snapshot = true
}`,
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  CopyTagsToSnapshot: true`,
    console: 'RDS > Databases > the instance > Modify > Additional configuration > Backup > Copy tags to snapshots > Continue.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-17',
  ],
  evaluate(db) {
    if (!standalone(db.properties)) return undefined;
    return check('copyTagsToSnapshot', db.properties.copyTagsToSnapshot, (on) => on, { pass: 'Tags are copied to snapshots', fail: 'Tags are not copied to snapshots' });
  },
});
