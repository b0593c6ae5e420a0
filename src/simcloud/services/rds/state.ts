/**
 * simcloud's RDS world section (`account.regions[<region>].rds`), in the shapes DescribeDBInstances,
 * DescribeDBClusters and DescribeDB(Cluster)Snapshots return (`DBInstance`, `DBCluster`, ... as in
 * `@aws-sdk/client-rds` output types; timestamps as ISO-8601 strings). Snapshot attributes (`restore` lists
 * the account ids allowed to restore a manual snapshot; `all` makes it public) are kept by snapshot identifier.
 */
import { xmlList } from '../../protocols/xml.js';

type Shape = Record<string, unknown>;

/** A `DBSnapshotAttribute` / `DBClusterSnapshotAttribute`. */
export interface SnapshotAttribute {
  AttributeName: string;
  AttributeValues: string[];
}

export interface RdsSection {
  DBInstances: Shape[];
  DBClusters: Shape[];
  DBSnapshots: Shape[];
  DBClusterSnapshots: Shape[];
  /** DBSnapshotIdentifier → attributes (absent = only the implicit empty `restore` attribute). */
  DBSnapshotAttributes: Record<string, SnapshotAttribute[]>;
  /** DBClusterSnapshotIdentifier → attributes. */
  DBClusterSnapshotAttributes: Record<string, SnapshotAttribute[]>;
}

export function emptyRds(): RdsSection {
  return { DBInstances: [], DBClusters: [], DBSnapshots: [], DBClusterSnapshots: [], DBSnapshotAttributes: {}, DBClusterSnapshotAttributes: {} };
}

/** Fills what a world file may leave out, so handlers can rely on every list being there. */
export function normalizeRds(section: Partial<RdsSection>): RdsSection {
  return { ...emptyRds(), ...section };
}

/**
 * RDS lists name their members after the item type (`<DBInstances><DBInstance>`), not `<member>`: the
 * element names the SDK's schemas expect (`xmlName` traits of `@aws-sdk/client-rds`). Lists not named here
 * (`EnabledCloudwatchLogsExports`, ...) use the query default `<member>`.
 */
const MEMBER_NAMES: Readonly<Record<string, string>> = {
  DBInstances: 'DBInstance',
  DBClusters: 'DBCluster',
  DBSnapshots: 'DBSnapshot',
  DBClusterSnapshots: 'DBClusterSnapshot',
  VpcSecurityGroups: 'VpcSecurityGroupMembership',
  TagList: 'Tag',
  DBClusterMembers: 'DBClusterMember',
  DBSnapshotAttributes: 'DBSnapshotAttribute',
  DBClusterSnapshotAttributes: 'DBClusterSnapshotAttribute',
  AttributeValues: 'AttributeValue',
  ReadReplicaDBInstanceIdentifiers: 'ReadReplicaDBInstanceIdentifier',
  DBParameterGroups: 'DBParameterGroup',
  DBSecurityGroups: 'DBSecurityGroup',
  OptionGroupMemberships: 'OptionGroupMembership',
  Subnets: 'Subnet',
  AvailabilityZones: 'AvailabilityZone',
  DBClusterParameterGroups: 'DBClusterParameterGroup',
};

/** Renders a stored shape for the awsQuery XML writer, with RDS's list member names. */
export function rdsXml(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => rdsXml(v));
    const member = key ? MEMBER_NAMES[key] : undefined;
    return member ? xmlList(items, member) : items;
  }
  if (value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = rdsXml(v, k);
    return out;
  }
  return value;
}
