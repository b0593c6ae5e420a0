import type { RdsInstanceProperties } from '../../../model/aws/data.js';
import { defineExamples, modelFixture, v } from '../../kit/index.js';
import { backupFixtureScope, backupPlan, backupRegion, coverageExamples } from '../../kit/aws-backup-fixtures.js';

const instance = (name: string, tags: Record<string, string>, clusterId: string | null = null) =>
  modelFixture('aws.rds.instance', name, {
    engine: v('postgres'), storageEncrypted: v(true), kmsKeyId: v(null), publiclyAccessible: v(false), backupRetentionDays: v(7), multiAz: v(true), deletionProtection: v(true),
    autoMinorVersionUpgrade: v(true), iamAuthentication: v(true), enhancedMonitoring: v(true), cloudwatchLogsExports: v(['postgresql']), clusterId: v(clusterId), securityGroups: v([]),
    masterUsername: v('ledger_admin'), port: v(5432), copyTagsToSnapshot: v(true),
  } satisfies RdsInstanceProperties, { ...backupFixtureScope, tags });

// An Aurora member is covered through its cluster, which the selection names.
const cluster = modelFixture('aws.rds.cluster', 'cluster:orders', {
  engine: v('aurora-postgresql'), storageEncrypted: v(true), kmsKeyId: v(null), backupRetentionDays: v(7), deletionProtection: v(true), iamAuthentication: v(true),
  cloudwatchLogsExports: v([]), masterUsername: v('orders_admin'), copyTagsToSnapshot: v(true), backtrackWindowSeconds: v(0),
}, backupFixtureScope);
const clusterPlan = backupPlan('aurora', v([{ name: 'aurora', iamRoleArn: 'arn:aws:iam::111122223333:role/backup', resources: [cluster.uid], tags: [] }]));
const member = instance('db:orders-1', {}, cluster.uid);

const base = coverageExamples((tags) => instance('db:ledger', tags));

export default defineExamples({
  model: {
    good: [...base.model!.good, [member, cluster, backupRegion(v([clusterPlan.uid])), clusterPlan]],
    bad: [...base.model!.bad, [member, cluster, backupRegion(v([]))]],
    unknown: base.model!.unknown ?? [],
  },
});
