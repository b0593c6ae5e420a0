/**
 * Amazon RDS: DB instances, DB clusters and their snapshots (with the `restore` attribute that makes a snapshot
 * public). Security groups become the EC2 collector's uids, the cluster of an Aurora instance its cluster ARN.
 */
import { DescribeDBClustersCommand, DescribeDBInstancesCommand, RDSClient, type DBCluster, type DBInstance } from '@aws-sdk/client-rds';
import { unresolvable, type ApiProvenance, type Value } from '../../../../model/core/index.js';
import type { RdsClusterProperties, RdsInstanceProperties } from '../../../../model/aws/data.js';
import { apiValue, defineCollector, type CollectorContext, liveOrigin } from '../collector.js';
import { field, securityGroupUid, tagMap } from './data/values.js';
import { collectSnapshots, SNAPSHOT_CALLS } from './rds/snapshots.js';

const INSTANCES = 'rds:DescribeDBInstances';
const CLUSTERS = 'rds:DescribeDBClusters';

/** A field RDS always returns when the resource is ready; absent means not known, never a default. */
function known<T>(v: T | undefined | null, src: ApiProvenance, why: string): Value<T> {
  return v === undefined || v === null ? unresolvable<T>(why, src) : apiValue(v, src);
}

function groups(ctx: CollectorContext, list: DBInstance['VpcSecurityGroups']): string[] {
  return (list ?? []).flatMap((g) => (g.VpcSecurityGroupId ? [securityGroupUid(ctx.region, ctx.account, g.VpcSecurityGroupId)] : []));
}

function emitInstance(ctx: CollectorContext, db: DBInstance): void {
  const src = ctx.prov(INSTANCES);
  const id = db.DBInstanceIdentifier ?? '';
  const properties: RdsInstanceProperties = {
    engine: field(db.Engine, '', src),
    storageEncrypted: field(db.StorageEncrypted, false, src),
    kmsKeyId: apiValue(db.KmsKeyId ?? null, src),
    publiclyAccessible: field(db.PubliclyAccessible, false, src),
    backupRetentionDays: field(db.BackupRetentionPeriod, 0, src),
    multiAz: field(db.MultiAZ, false, src),
    deletionProtection: field(db.DeletionProtection, false, src),
    autoMinorVersionUpgrade: field(db.AutoMinorVersionUpgrade, true, src),
    iamAuthentication: field(db.IAMDatabaseAuthenticationEnabled, false, src),
    enhancedMonitoring: apiValue((db.MonitoringInterval ?? 0) > 0, src),
    cloudwatchLogsExports: apiValue(db.EnabledCloudwatchLogsExports ?? [], src),
    clusterId: apiValue(db.DBClusterIdentifier ? `arn:aws:rds:${ctx.region}:${ctx.account}:cluster:${db.DBClusterIdentifier}` : null, src),
    securityGroups: apiValue(groups(ctx, db.VpcSecurityGroups), src),
    masterUsername: known(db.MasterUsername, src, 'no master user name reported'),
    // The endpoint is missing while an instance is being created; the port is then not known yet.
    port: known(db.Endpoint?.Port || db.DbInstancePort || undefined, src, 'no endpoint reported yet'),
    copyTagsToSnapshot: field(db.CopyTagsToSnapshot, false, src),
  };
  const uid = db.DBInstanceArn ?? `arn:aws:rds:${ctx.region}:${ctx.account}:db:${id}`;
  ctx.emit({ uid, type: 'aws.rds.instance', provider: 'aws', account: ctx.account, region: ctx.region, name: id, tags: apiValue(tagMap(db.TagList), src), properties, origin: liveOrigin(INSTANCES), source: src });
}

function emitCluster(ctx: CollectorContext, c: DBCluster): void {
  const src = ctx.prov(CLUSTERS);
  const id = c.DBClusterIdentifier ?? '';
  const properties: RdsClusterProperties = {
    engine: field(c.Engine, '', src),
    storageEncrypted: field(c.StorageEncrypted, false, src),
    kmsKeyId: apiValue(c.KmsKeyId ?? null, src),
    backupRetentionDays: field(c.BackupRetentionPeriod, 1, src),
    deletionProtection: field(c.DeletionProtection, false, src),
    iamAuthentication: field(c.IAMDatabaseAuthenticationEnabled, false, src),
    cloudwatchLogsExports: apiValue(c.EnabledCloudwatchLogsExports ?? [], src),
    masterUsername: known(c.MasterUsername, src, 'no master user name reported'),
    copyTagsToSnapshot: field(c.CopyTagsToSnapshot, false, src),
    backtrackWindowSeconds: field(c.BacktrackWindow, 0, src),
  };
  const uid = c.DBClusterArn ?? `arn:aws:rds:${ctx.region}:${ctx.account}:cluster:${id}`;
  ctx.emit({ uid, type: 'aws.rds.cluster', provider: 'aws', account: ctx.account, region: ctx.region, name: id, tags: apiValue(tagMap(c.TagList), src), properties, origin: liveOrigin(CLUSTERS), source: src });
}

export default defineCollector({
  id: 'rds',
  scope: 'regional',
  apiCalls: [INSTANCES, CLUSTERS, ...SNAPSHOT_CALLS],
  permissions: [INSTANCES, CLUSTERS, ...SNAPSHOT_CALLS],
  emits: ['aws.rds.instance', 'aws.rds.cluster', 'aws.rds.snapshot'],
  async collect(ctx) {
    const rds = ctx.client(RDSClient);
    const instances = await ctx.paginate(INSTANCES, async (Marker) => {
      const out = await rds.send(new DescribeDBInstancesCommand({ Marker, MaxRecords: 100 }));
      return { items: out.DBInstances ?? [], next: out.Marker };
    });
    if (instances.ok) for (const db of instances.value) emitInstance(ctx, db);
    const clusters = await ctx.paginate(CLUSTERS, async (Marker) => {
      const out = await rds.send(new DescribeDBClustersCommand({ Marker, MaxRecords: 100 }));
      return { items: out.DBClusters ?? [], next: out.Marker };
    });
    if (clusters.ok) for (const c of clusters.value) emitCluster(ctx, c);
    await collectSnapshots(ctx, rds);
  },
});
