import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EfsAccessPoint, EfsFileSystem } from '../../model/aws/index.js';
import type { RunningSimcloud } from '../../simcloud/testing.js';
import efs from '../../sources/live/aws/collectors/elasticfilesystem.js';
import { ACCOUNT, REGION, apiSource, known, named, publicPolicy, run, start } from './world.js';

const fsArn = (id: string) => `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/${id}`;
const fileSystem = (id: string, extra: Record<string, unknown> = {}) => ({
  FileSystemId: id, FileSystemArn: fsArn(id), OwnerId: ACCOUNT, CreationToken: id, CreationTime: '2026-03-01T00:00:00Z', LifeCycleState: 'available', NumberOfMountTargets: 1,
  SizeInBytes: { Value: 6144 }, PerformanceMode: 'generalPurpose', Encrypted: true, KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/efs`, Tags: [], ...extra,
});

describe('efs collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    const filler = Array.from({ length: 99 }, (_, i) => fileSystem(`fs-f${String(i).padStart(4, '0')}`));
    sim = await start(
      {
        elasticfilesystem: {
          FileSystems: [fileSystem('fs-plain', { Encrypted: false, KmsKeyId: undefined, Name: 'plain', Tags: [{ Key: 'Name', Value: 'plain' }] }), fileSystem('fs-open', { Name: 'open' }), ...filler],
          Policies: { 'fs-open': publicPolicy('elasticfilesystem:ClientMount', fsArn('fs-open')) },
          BackupPolicies: { 'fs-open': { Status: 'ENABLED' }, 'fs-plain': { Status: 'DISABLED' } },
          AccessPoints: [
            { AccessPointId: 'fsap-app', FileSystemId: 'fs-open', Name: 'app', PosixUser: { Uid: 1001, Gid: 1001 }, RootDirectory: { Path: '/app' } },
            { AccessPointId: 'fsap-bare', FileSystemId: 'fs-open', Name: 'bare' },
          ],
        },
      },
      ['elasticfilesystem:DescribeFileSystemPolicy'],
    );
  });
  after(() => sim.close());

  it('emits every file system across pages: encryption, KMS key and policy (PolicyNotFound = none)', async () => {
    const { resources, gaps, calls } = await run(sim, efs);
    assert.deepEqual(gaps, []);
    assert.equal(resources.filter((r) => r.type === 'aws.efs.file-system').length, 101);
    assert.equal(calls.filter((c) => c === 'elasticfilesystem:DescribeFileSystems').length, 2);
    const plain = named<EfsFileSystem>(resources, 'plain');
    assert.equal(plain.uid, fsArn('fs-plain'));
    assert.equal(known(plain.properties.encrypted), false);
    assert.equal(known(plain.properties.kmsKeyId), null);
    assert.equal(known(plain.properties.policy), null);
    assert.deepEqual(plain.properties.policy.source, apiSource('elasticfilesystem:DescribeFileSystemPolicy'));
    assert.deepEqual(known(plain.tags), { Name: 'plain' });
    const open = named<EfsFileSystem>(resources, 'open');
    assert.equal(known(open.properties.encrypted), true);
    assert.equal(known(open.properties.policy)?.Statement[0]?.Principal, '*');
    assert.equal(known(open.properties.automaticBackups), true);
    assert.equal(known(plain.properties.automaticBackups), false);
    // No backup policy ever set (PolicyNotFound): automatic backups are off, not unknown.
    assert.equal(known(named<EfsFileSystem>(resources, 'fs-f0000').properties.automaticBackups), false);
    const app = named<EfsAccessPoint>(resources, 'app');
    assert.equal(app.uid, `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:access-point/fsap-app`);
    assert.equal(known(app.properties.fileSystemId), fsArn('fs-open'));
    assert.equal(known(app.properties.rootDirectoryPath), '/app');
    assert.deepEqual(known(app.properties.posixUser), { uid: 1001, gid: 1001 });
    const bare = named<EfsAccessPoint>(resources, 'bare');
    assert.equal(known(bare.properties.rootDirectoryPath), '/');
    assert.equal(known(bare.properties.posixUser), null);
  });

  it('leaves policies unknown with gaps when DescribeFileSystemPolicy is denied', async () => {
    const { resources, gaps } = await run(sim, efs, true);
    const open = named<EfsFileSystem>(resources, 'open');
    assert.equal(open.properties.policy.kind, 'unresolvable');
    assert.equal(known(open.properties.encrypted), true);
    assert.equal(gaps.length, 101);
    assert.equal(gaps[0]?.reason, 'AccessDenied');
    assert.equal(gaps.find((g) => g.resourceId === fsArn('fs-open'))?.call, 'elasticfilesystem:DescribeFileSystemPolicy');
  });
});
