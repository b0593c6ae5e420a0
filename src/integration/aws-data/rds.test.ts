import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RdsCluster, RdsInstance, RdsSnapshot } from '../../model/aws/index.js';
import type { RunningSimcloud } from '../../simcloud/testing.js';
import collector from '../../sources/live/aws/collectors/rds.js';
import { ACCOUNT, REGION, apiSource, known, named, run, start } from './world.js';

const arn = (kind: string, id: string) => `arn:aws:rds:${REGION}:${ACCOUNT}:${kind}:${id}`;

function instance(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    DBInstanceIdentifier: id,
    DBInstanceArn: arn('db', id),
    Engine: 'postgres',
    StorageEncrypted: true,
    KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k1`,
    PubliclyAccessible: false,
    BackupRetentionPeriod: 7,
    MultiAZ: true,
    DeletionProtection: true,
    AutoMinorVersionUpgrade: true,
    IAMDatabaseAuthenticationEnabled: true,
    MonitoringInterval: 60,
    EnabledCloudwatchLogsExports: ['postgresql'],
    VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0a1', Status: 'active' }],
    TagList: [{ Key: 'env', Value: 'prod' }],
    ...extra,
  };
}

describe('rds collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    // 150 instances: DescribeDBInstances pages at 100.
    const filler = Array.from({ length: 148 }, (_, i) => instance(`filler-${String(i).padStart(3, '0')}`));
    sim = await start(
      {
        rds: {
          DBInstances: [
            instance('open-db', { PubliclyAccessible: true, StorageEncrypted: false, KmsKeyId: undefined, MonitoringInterval: 0, EnabledCloudwatchLogsExports: [], VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0a1' }, { VpcSecurityGroupId: 'sg-0b2' }] }),
            instance('aurora-1', { Engine: 'aurora-postgresql', DBClusterIdentifier: 'aurora' }),
            ...filler,
          ],
          DBClusters: [{ DBClusterIdentifier: 'aurora', DBClusterArn: arn('cluster', 'aurora'), Engine: 'aurora-postgresql', StorageEncrypted: false, BackupRetentionPeriod: 1, DeletionProtection: false, IAMDatabaseAuthenticationEnabled: false, VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0c3' }] }],
          DBSnapshots: [
            { DBSnapshotIdentifier: 'public-snap', DBSnapshotArn: arn('snapshot', 'public-snap'), DBInstanceIdentifier: 'open-db', Engine: 'postgres', Encrypted: false, SnapshotType: 'manual', SnapshotCreateTime: '2026-01-02T03:04:05Z' },
            { DBSnapshotIdentifier: 'shared-snap', DBSnapshotArn: arn('snapshot', 'shared-snap'), DBInstanceIdentifier: 'open-db', Engine: 'postgres', Encrypted: true, SnapshotType: 'manual' },
            { DBSnapshotIdentifier: 'rds:auto-1', DBSnapshotArn: arn('snapshot', 'rds:auto-1'), DBInstanceIdentifier: 'open-db', Engine: 'postgres', Encrypted: true, SnapshotType: 'automated' },
          ],
          DBClusterSnapshots: [{ DBClusterSnapshotIdentifier: 'aurora-manual', DBClusterSnapshotArn: arn('cluster-snapshot', 'aurora-manual'), DBClusterIdentifier: 'aurora', Engine: 'aurora-postgresql', StorageEncrypted: true, SnapshotType: 'manual' }],
          DBSnapshotAttributes: {
            'public-snap': [{ AttributeName: 'restore', AttributeValues: ['all'] }],
            'shared-snap': [{ AttributeName: 'restore', AttributeValues: ['123456789012'] }],
          },
          DBClusterSnapshotAttributes: { 'aurora-manual': [{ AttributeName: 'restore', AttributeValues: ['all', '123456789012'] }] },
        },
      },
      ['rds:DescribeDBSnapshotAttributes'],
    );
  });
  after(() => sim.close());

  it('emits every instance across pages with all properties and EC2 security-group uids', async () => {
    const { resources, gaps, calls } = await run(sim, collector);
    assert.deepEqual(gaps, []);
    assert.equal(resources.filter((r) => r.type === 'aws.rds.instance').length, 150);
    assert.equal(calls.filter((c) => c === 'rds:DescribeDBInstances').length, 2);
    const db = named<RdsInstance>(resources, 'open-db');
    assert.equal(db.uid, arn('db', 'open-db'));
    assert.deepEqual(db.origin, { kind: 'live', call: 'rds:DescribeDBInstances' });
    assert.equal(known(db.properties.publiclyAccessible), true);
    assert.equal(known(db.properties.storageEncrypted), false);
    assert.equal(known(db.properties.kmsKeyId), null);
    assert.equal(known(db.properties.enhancedMonitoring), false);
    assert.equal(known(db.properties.backupRetentionDays), 7);
    assert.equal(known(db.properties.clusterId), null);
    assert.deepEqual(known(db.properties.securityGroups), [`arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0a1`, `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0b2`]);
    assert.deepEqual(known(db.tags), { env: 'prod' });
    assert.deepEqual(db.properties.publiclyAccessible.source, apiSource('rds:DescribeDBInstances'));
    const member = named<RdsInstance>(resources, 'aurora-1');
    assert.equal(known(member.properties.clusterId), arn('cluster', 'aurora'));
    assert.deepEqual(known(member.properties.cloudwatchLogsExports), ['postgresql']);
  });

  it('emits clusters and snapshots, public through the restore attribute', async () => {
    const { resources } = await run(sim, collector);
    const c = named<RdsCluster>(resources, 'aurora');
    assert.equal(c.uid, arn('cluster', 'aurora'));
    assert.equal(known(c.properties.storageEncrypted), false);
    assert.equal(known(c.properties.backupRetentionDays), 1);
    const pub = named<RdsSnapshot>(resources, 'public-snap');
    assert.equal(known(pub.properties.public), true);
    assert.equal(known(pub.properties.encrypted), false);
    assert.equal(known(pub.properties.clusterSnapshot), false);
    assert.equal(known(pub.properties.sourceId), arn('db', 'open-db'));
    assert.deepEqual(pub.properties.public.source, apiSource('rds:DescribeDBSnapshotAttributes'));
    const shared = named<RdsSnapshot>(resources, 'shared-snap');
    assert.equal(known(shared.properties.public), false);
    assert.deepEqual(known(shared.properties.sharedWithAccounts), ['123456789012']);
    const auto = named<RdsSnapshot>(resources, 'rds:auto-1');
    assert.equal(known(auto.properties.public), false);
    assert.equal(known(auto.properties.snapshotType), 'automated');
    const cs = named<RdsSnapshot>(resources, 'aurora-manual');
    assert.equal(cs.uid, arn('cluster-snapshot', 'aurora-manual'));
    assert.equal(known(cs.properties.clusterSnapshot), true);
    assert.equal(known(cs.properties.public), true);
    assert.deepEqual(known(cs.properties.sharedWithAccounts), ['123456789012']);
  });

  it('leaves snapshot exposure unknown, with a gap, when DescribeDBSnapshotAttributes is denied', async () => {
    const { resources, gaps } = await run(sim, collector, true);
    const pub = named<RdsSnapshot>(resources, 'public-snap');
    assert.equal(pub.properties.public.kind, 'unresolvable');
    assert.match(pub.properties.public.reason ?? '', /AccessDenied/);
    assert.equal(known(pub.properties.encrypted), false);
    assert.equal(gaps.length, 2);
    assert.ok(gaps.every((g) => g.call === 'rds:DescribeDBSnapshotAttributes' && g.reason === 'AccessDenied' && g.region === REGION));
    assert.equal(known(named<RdsSnapshot>(resources, 'aurora-manual').properties.public), true);
  });
});
