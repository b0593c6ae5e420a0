/**
 * RDS DB snapshots and DB cluster snapshots with their `restore` attribute: `all` means any AWS account may
 * copy or restore the snapshot (public); account ids mean it is shared with them. Automated snapshots cannot be
 * shared, so their attributes are not asked for.
 */
import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  type DBClusterSnapshot,
  type DBSnapshot,
  type RDSClient,
} from '@aws-sdk/client-rds';
import type { ApiProvenance, Value } from '../../../../../model/core/index.js';
import type { RdsSnapshotProperties } from '../../../../../model/aws/data.js';
import { apiUnknown, apiValue, type CollectorContext, liveOrigin } from '../../collector.js';
import { DETAIL_CONCURRENCY, field, mapLimit, tagMap } from '../data/values.js';

export const SNAPSHOT_CALLS = ['rds:DescribeDBSnapshots', 'rds:DescribeDBSnapshotAttributes', 'rds:DescribeDBClusterSnapshots', 'rds:DescribeDBClusterSnapshotAttributes'] as const;
const [LIST, ATTRS, CLIST, CATTRS] = SNAPSHOT_CALLS;

interface Restore {
  readonly public: Value<boolean>;
  readonly shared: Value<readonly string[]>;
}

/** Reads the `restore` attribute values (or the failure) into the public/shared values. */
function restore(values: readonly string[] | { reason: string; message: string }, src: ApiProvenance): Restore {
  if (!Array.isArray(values)) return { public: apiUnknown(values as { reason: string; message: string }, src), shared: apiUnknown(values as { reason: string; message: string }, src) };
  const list = values as readonly string[];
  return { public: apiValue(list.includes('all'), src), shared: apiValue(list.filter((v) => v !== 'all'), src) };
}

function notShareable(src: ApiProvenance): Restore {
  // Automated snapshots cannot be shared: a fact read from SnapshotType, at the listing call.
  return { public: apiValue(false, src), shared: apiValue([], src) };
}

function emit(ctx: CollectorContext, kind: 'instance' | 'cluster', arn: string, name: string, s: DBSnapshot | DBClusterSnapshot, sourceId: string | null, r: Restore, encrypted: boolean | undefined, listCall: string): void {
  const src = ctx.prov(listCall);
  const properties: RdsSnapshotProperties = {
    engine: apiValue(s.Engine ?? null, src),
    encrypted: field(encrypted, false, src),
    kmsKeyId: apiValue(s.KmsKeyId ?? null, src),
    public: r.public,
    sharedWithAccounts: r.shared,
    clusterSnapshot: apiValue(kind === 'cluster', src),
    snapshotType: field(s.SnapshotType, 'manual', src),
    sourceId: apiValue(sourceId, src),
  };
  ctx.emit({ uid: arn, type: 'aws.rds.snapshot', provider: 'aws', account: ctx.account, region: ctx.region, name, tags: apiValue(tagMap(s.TagList), src), properties, origin: liveOrigin(listCall), source: src });
}

/** Lists both snapshot kinds and emits `aws.rds.snapshot` resources. */
export async function collectSnapshots(ctx: CollectorContext, rds: RDSClient): Promise<void> {
  const arnBase = `arn:aws:rds:${ctx.region}:${ctx.account}`;
  const snaps = await ctx.paginate(LIST, async (Marker) => {
    const out = await rds.send(new DescribeDBSnapshotsCommand({ Marker, MaxRecords: 100 }));
    return { items: out.DBSnapshots ?? [], next: out.Marker };
  });
  if (snaps.ok) {
    await mapLimit(snaps.value, DETAIL_CONCURRENCY, async (s) => {
      const id = s.DBSnapshotIdentifier ?? '';
      const arn = s.DBSnapshotArn ?? `${arnBase}:snapshot:${id}`;
      let r = notShareable(ctx.prov(LIST));
      if (s.SnapshotType !== 'automated') {
        const a = await ctx.call(ATTRS, () => rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id })), { resourceId: arn });
        const values = a.ok ? (a.value.DBSnapshotAttributesResult?.DBSnapshotAttributes ?? []).find((x) => x.AttributeName === 'restore')?.AttributeValues ?? [] : a;
        r = restore(values, ctx.prov(ATTRS));
      }
      const source = s.DBInstanceIdentifier ? `${arnBase}:db:${s.DBInstanceIdentifier}` : null;
      emit(ctx, 'instance', arn, id, s, source, r, s.Encrypted, LIST);
    });
  }
  const csnaps = await ctx.paginate(CLIST, async (Marker) => {
    const out = await rds.send(new DescribeDBClusterSnapshotsCommand({ Marker, MaxRecords: 100 }));
    return { items: out.DBClusterSnapshots ?? [], next: out.Marker };
  });
  if (csnaps.ok) {
    await mapLimit(csnaps.value, DETAIL_CONCURRENCY, async (s) => {
      const id = s.DBClusterSnapshotIdentifier ?? '';
      const arn = s.DBClusterSnapshotArn ?? `${arnBase}:cluster-snapshot:${id}`;
      let r = notShareable(ctx.prov(CLIST));
      if (s.SnapshotType !== 'automated') {
        const a = await ctx.call(CATTRS, () => rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id })), { resourceId: arn });
        const values = a.ok ? (a.value.DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes ?? []).find((x) => x.AttributeName === 'restore')?.AttributeValues ?? [] : a;
        r = restore(values, ctx.prov(CATTRS));
      }
      const source = s.DBClusterIdentifier ? `${arnBase}:cluster:${s.DBClusterIdentifier}` : null;
      emit(ctx, 'cluster', arn, id, s, source, r, s.StorageEncrypted, CLIST);
    });
  }
}
