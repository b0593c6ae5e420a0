import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-rds-snapshot-public',
  title: 'RDS snapshot is public',
  severity: 'critical',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.snapshot',
  description: 'DB snapshots and DB cluster snapshots must not list `all` in their restore attribute, which lets any AWS account copy the snapshot or restore a database from it.',
  risk: 'Anyone can restore the whole database, with every table and credential hash in it, into their own account; public snapshots are found by automated sweeps within hours.',
  remediation: {
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier SNAPSHOT --attribute-name restore --values-to-remove all   # modify-db-cluster-snapshot-attribute for cluster snapshots',
    console: 'RDS > Snapshots > snapshot > Actions > Share snapshot > DB snapshot visibility: Private > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-1',
  ],
  evaluate(snapshot) {
    return check('public', snapshot.properties.public, (pub) => !pub, {
      pass: 'The snapshot is not public',
      fail: 'The snapshot is public: any AWS account can copy it or restore a database from it',
    });
  },
});
