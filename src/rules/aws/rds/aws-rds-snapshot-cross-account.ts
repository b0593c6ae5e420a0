import { defineRule } from '../../kit/index.js';
import { sharedAccountsOutcome } from '../../kit/aws-data-sharing.js';

export default defineRule({
  id: 'aws-rds-snapshot-cross-account',
  title: 'RDS snapshot is shared with an account outside the organization',
  severity: 'high',
  provider: 'aws',
  service: 'rds',
  resourceType: 'aws.rds.snapshot',
  description:
    'Flags DB snapshots and DB cluster snapshots whose restore attribute names accounts other than the owner that are not members of the scanned organization (any other account when the scan has no Organizations data). Public snapshots are aws-rds-snapshot-public.',
  risk: 'The other account can restore a full copy of the database and keeps it even after the share is removed; for an unencrypted snapshot or one under a shared key nothing else stands in the way.',
  remediation: {
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier SNAPSHOT --attribute-name restore --values-to-remove ACCOUNT_ID',
    console: 'RDS > Snapshots > snapshot > Actions > Share snapshot > remove the external AWS account ids > Save.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/share-encrypted-snapshot.html',
  ],
  evaluate(snapshot, ctx) {
    return sharedAccountsOutcome(snapshot, 'sharedWithAccounts', snapshot.properties.sharedWithAccounts, ctx, 'snapshot');
  },
});
