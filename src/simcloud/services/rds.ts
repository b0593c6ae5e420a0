/**
 * Amazon RDS (awsQuery, API 2014-10-31): DB instances, clusters, snapshots and their attributes, read-only.
 * Lists page with `MaxRecords` (20-100, default 100) and `Marker`, as RDS does.
 */
import { defineService, SimError, type CallContext } from '../service.js';
import { int, page, required, sectionOf, str } from './data/common.js';
import { emptyRds, rdsXml, type RdsSection, type SnapshotAttribute } from './rds/state.js';

type Input = Record<string, unknown>;
type Shape = Record<string, unknown>;

/** The port and master user name RDS proposes for an engine when the creator gives none. */
function engineDefaults(engine: unknown): { port: number; user: string } {
  const e = String(engine ?? '').toLowerCase();
  if (/^(aurora-postgresql|postgres)/.test(e)) return { port: 5432, user: 'postgres' };
  if (e.startsWith('oracle')) return { port: 1521, user: 'admin' };
  if (e.startsWith('sqlserver')) return { port: 1433, user: 'admin' };
  if (e.startsWith('db2')) return { port: 50000, user: 'admin' };
  return { port: 3306, user: 'admin' };
}

/** ARNs, status, endpoint, master user and flags RDS always returns, for items a world file gives without them. */
function normalize(s: RdsSection, ctx: CallContext): void {
  const base = `arn:aws:rds:${ctx.region}:${ctx.account.id}`;
  const host = (id: unknown, kind: string) => `${String(id)}.${kind}c0demo0000.${ctx.region}.rds.amazonaws.com`;
  for (const i of s.DBInstances) {
    const d = engineDefaults(i.Engine);
    i.DBInstanceArn ??= `${base}:db:${String(i.DBInstanceIdentifier)}`;
    i.DBInstanceStatus ??= 'available';
    i.MasterUsername ??= d.user;
    i.Endpoint ??= { Address: host(i.DBInstanceIdentifier, ''), Port: d.port, HostedZoneId: 'Z29XKXDKYMONMX' };
    i.CopyTagsToSnapshot ??= false;
  }
  for (const c of s.DBClusters) {
    const d = engineDefaults(c.Engine);
    c.DBClusterArn ??= `${base}:cluster:${String(c.DBClusterIdentifier)}`;
    c.Status ??= 'available';
    c.MasterUsername ??= d.user;
    c.Port ??= d.port;
    c.Endpoint ??= host(c.DBClusterIdentifier, 'cluster-');
    c.CopyTagsToSnapshot ??= false;
  }
  for (const x of s.DBSnapshots) {
    x.DBSnapshotArn ??= `${base}:snapshot:${String(x.DBSnapshotIdentifier)}`;
    x.Status ??= 'available';
  }
  for (const x of s.DBClusterSnapshots) {
    x.DBClusterSnapshotArn ??= `${base}:cluster-snapshot:${String(x.DBClusterSnapshotIdentifier)}`;
    x.Status ??= 'available';
  }
}

function section(ctx: CallContext): RdsSection {
  return sectionOf(ctx, 'rds', emptyRds, normalize);
}

/** Pages a filtered list into `{ <listKey>: [...], Marker }`. */
function listPage(input: Input, items: Shape[], listKey: string): unknown {
  const max = int(input, 'MaxRecords', { min: 20, max: 100 }, 'InvalidParameterValue') ?? 100;
  const p = page(items, str(input, 'Marker'), max, 'InvalidParameterValue');
  return rdsXml({ [listKey]: p.items, Marker: p.next }, undefined);
}

/** Looks up by identifier when one is given; an unknown identifier is the service's NotFound fault. */
function byId(items: Shape[], idField: string, id: string | undefined, notFound: string, what: string): Shape[] {
  if (id === undefined) return items;
  const found = items.filter((i) => i[idField] === id || i[idField.replace(/Identifier$/, 'Arn')] === id);
  if (found.length === 0) throw new SimError(notFound, `${what} ${id} not found.`, 404);
  return found;
}

/** The attributes of a snapshot: `restore` is always present (empty when the snapshot is not shared). */
function attributes(stored: SnapshotAttribute[] | undefined): SnapshotAttribute[] {
  const list = stored ?? [];
  return list.some((a) => a.AttributeName === 'restore') ? list : [{ AttributeName: 'restore', AttributeValues: [] }, ...list];
}

export default defineService({
  signingName: 'rds',
  protocol: 'awsQuery',
  apiVersion: '2014-10-31',
  xmlNamespace: 'http://rds.amazonaws.com/doc/2014-10-31/',
  operations: {
    DescribeDBInstances(input, ctx) {
      const items = byId(section(ctx).DBInstances, 'DBInstanceIdentifier', str(input, 'DBInstanceIdentifier'), 'DBInstanceNotFound', 'DBInstance');
      return listPage(input, items, 'DBInstances');
    },
    DescribeDBClusters(input, ctx) {
      const items = byId(section(ctx).DBClusters, 'DBClusterIdentifier', str(input, 'DBClusterIdentifier'), 'DBClusterNotFoundFault', 'DBCluster');
      return listPage(input, items, 'DBClusters');
    },
    DescribeDBSnapshots(input, ctx) {
      let items = byId(section(ctx).DBSnapshots, 'DBSnapshotIdentifier', str(input, 'DBSnapshotIdentifier'), 'DBSnapshotNotFound', 'DBSnapshot');
      const instance = str(input, 'DBInstanceIdentifier');
      const type = str(input, 'SnapshotType');
      if (instance !== undefined) items = items.filter((s) => s.DBInstanceIdentifier === instance);
      if (type !== undefined) items = items.filter((s) => s.SnapshotType === type);
      return listPage(input, items, 'DBSnapshots');
    },
    DescribeDBClusterSnapshots(input, ctx) {
      let items = byId(section(ctx).DBClusterSnapshots, 'DBClusterSnapshotIdentifier', str(input, 'DBClusterSnapshotIdentifier'), 'DBClusterSnapshotNotFoundFault', 'DBClusterSnapshot');
      const cluster = str(input, 'DBClusterIdentifier');
      const type = str(input, 'SnapshotType');
      if (cluster !== undefined) items = items.filter((s) => s.DBClusterIdentifier === cluster);
      if (type !== undefined) items = items.filter((s) => s.SnapshotType === type);
      return listPage(input, items, 'DBClusterSnapshots');
    },
    DescribeDBSnapshotAttributes(input, ctx) {
      const id = required(input, 'DBSnapshotIdentifier', 'InvalidParameterValue');
      const s = section(ctx);
      const [snap] = byId(s.DBSnapshots, 'DBSnapshotIdentifier', id, 'DBSnapshotNotFound', 'DBSnapshot');
      const name = String(snap!.DBSnapshotIdentifier);
      return rdsXml({ DBSnapshotAttributesResult: { DBSnapshotIdentifier: name, DBSnapshotAttributes: attributes(s.DBSnapshotAttributes[name]) } });
    },
    DescribeDBClusterSnapshotAttributes(input, ctx) {
      const id = required(input, 'DBClusterSnapshotIdentifier', 'InvalidParameterValue');
      const s = section(ctx);
      const [snap] = byId(s.DBClusterSnapshots, 'DBClusterSnapshotIdentifier', id, 'DBClusterSnapshotNotFoundFault', 'DBClusterSnapshot');
      const name = String(snap!.DBClusterSnapshotIdentifier);
      return rdsXml({ DBClusterSnapshotAttributesResult: { DBClusterSnapshotIdentifier: name, DBClusterSnapshotAttributes: attributes(s.DBClusterSnapshotAttributes[name]) } });
    },
  },
});
