/**
 * World files (the demo world among them) often leave out what AWS always returns: ARNs, owner ids, states.
 * simcloud fills those in, so the collectors see complete answers, make no failing follow-up calls, and emit
 * resources under their real ARNs.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Secret } from '../../model/aws/index.js';
import type { Resource } from '../../model/core/index.js';
import type { RunningSimcloud } from '../../simcloud/testing.js';
import dynamodb from '../../sources/live/aws/collectors/dynamodb.js';
import efs from '../../sources/live/aws/collectors/elasticfilesystem.js';
import rds from '../../sources/live/aws/collectors/rds.js';
import secretsmanager from '../../sources/live/aws/collectors/secretsmanager.js';
import ssm from '../../sources/live/aws/collectors/ssm.js';
import { ACCOUNT, REGION, known, run, start } from './world.js';

describe('sparse world sections', () => {
  let sim: RunningSimcloud;
  before(async () => {
    sim = await start({
      rds: {
        DBInstances: [{ DBInstanceIdentifier: 'payments-db', Engine: 'postgres', StorageEncrypted: false }],
        DBSnapshots: [{ DBSnapshotIdentifier: 'final', DBInstanceIdentifier: 'payments-db', SnapshotType: 'manual', Encrypted: false }],
        DBSnapshotAttributes: { final: [{ AttributeName: 'restore', AttributeValues: ['all'] }] },
      },
      elasticfilesystem: { FileSystems: [{ FileSystemId: 'fs-0shared', Name: 'shared-uploads' }] },
      dynamodb: { Tables: [{ TableName: 'orders' }] },
      secretsmanager: { Secrets: [{ Name: 'payments-db-password', RotationEnabled: false }], ResourcePolicies: { 'payments-db-password': JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'secretsmanager:GetSecretValue', Resource: '*' }] }) } },
      ssm: { InstanceInformationList: [{ InstanceId: 'i-0bastion', PingStatus: 'Online' }] },
    });
  });
  after(() => sim.close());

  it('collectors see ARNs and defaults AWS always returns, and record no gaps', async () => {
    const all: Resource[] = [];
    for (const c of [rds, efs, dynamodb, secretsmanager, ssm]) {
      const out = await run(sim, c);
      assert.deepEqual(out.gaps, [], c.id);
      all.push(...out.resources);
    }
    const uids = all.map((r) => r.uid).sort();
    assert.deepEqual(uids, [
      `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders`,
      `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-0shared`,
      `arn:aws:rds:${REGION}:${ACCOUNT}:db:payments-db`,
      `arn:aws:rds:${REGION}:${ACCOUNT}:snapshot:final`,
      uids.find((u) => u.startsWith(`arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:payments-db-password-`))!,
      `arn:aws:ssm:${REGION}:${ACCOUNT}:managed-instance/i-0bastion`,
    ].sort());
    const secret = all.find((r) => r.type === 'aws.secretsmanager.secret') as Secret;
    assert.match(secret.uid, /:secret:payments-db-password-[A-Za-z]{6}$/);
    assert.equal(known(secret.properties.policy)?.Statement[0]?.Principal, '*');
    const fs = all.find((r) => r.type === 'aws.efs.file-system')!;
    assert.equal(fs.name, 'shared-uploads');
    assert.deepEqual(known(fs.tags), { Name: 'shared-uploads' });
  });
});
