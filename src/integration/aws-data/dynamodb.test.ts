import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DynamoDbTable } from '../../model/aws/index.js';
import type { RunningSimcloud } from '../../simcloud/testing.js';
import dynamodb from '../../sources/live/aws/collectors/dynamodb.js';
import { ACCOUNT, REGION, apiSource, known, named, run, start } from './world.js';

const keyArn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`;
const table = (name: string, extra: Record<string, unknown> = {}) => ({ TableName: name, TableArn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}`, TableStatus: 'ACTIVE', CreationDateTime: '2026-02-01T00:00:00Z', ...extra });

describe('dynamodb collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    const filler = Array.from({ length: 98 }, (_, i) => table(`t-${String(i).padStart(3, '0')}`));
    sim = await start(
      {
        dynamodb: {
          Tables: [
            table('orders', { DeletionProtectionEnabled: false }),
            table('payments', { DeletionProtectionEnabled: true, SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: keyArn('cmk') } }),
            table('audit', { SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: keyArn('awsddb') } }),
            ...filler,
          ],
          ContinuousBackups: { payments: { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED', EarliestRestorableDateTime: '2026-03-01T00:00:00Z' } } },
        },
        kms: { Keys: [{ KeyMetadata: { KeyId: 'cmk', KeyManager: 'CUSTOMER' } }, { KeyMetadata: { KeyId: 'awsddb', KeyManager: 'AWS' } }], Aliases: [] },
      },
      ['dynamodb:DescribeContinuousBackups', 'kms:DescribeKey'],
    );
  });
  after(() => sim.close());

  it('emits every table across pages with key type, point-in-time recovery and deletion protection', async () => {
    const { resources, gaps, calls } = await run(sim, dynamodb);
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 101);
    assert.equal(calls.filter((c) => c === 'dynamodb:ListTables').length, 2);
    const orders = named<DynamoDbTable>(resources, 'orders');
    assert.equal(orders.uid, `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders`);
    assert.equal(known(orders.properties.encryptionKeyType), 'AWS_OWNED');
    assert.equal(known(orders.properties.pointInTimeRecovery), false);
    assert.deepEqual(orders.properties.pointInTimeRecovery.source, apiSource('dynamodb:DescribeContinuousBackups'));
    assert.equal(known(orders.properties.deletionProtection), false);
    const payments = named<DynamoDbTable>(resources, 'payments');
    assert.equal(known(payments.properties.encryptionKeyType), 'CUSTOMER_MANAGED');
    assert.equal(known(payments.properties.pointInTimeRecovery), true);
    assert.equal(known(payments.properties.deletionProtection), true);
    assert.equal(known(named<DynamoDbTable>(resources, 'audit').properties.encryptionKeyType), 'AWS_MANAGED');
  });

  it('leaves PITR and KMS key type unknown with gaps when those calls are denied', async () => {
    const { resources, gaps } = await run(sim, dynamodb, true);
    const payments = named<DynamoDbTable>(resources, 'payments');
    assert.equal(payments.properties.pointInTimeRecovery.kind, 'unresolvable');
    assert.equal(payments.properties.encryptionKeyType.kind, 'unresolvable');
    assert.equal(known(named<DynamoDbTable>(resources, 'orders').properties.encryptionKeyType), 'AWS_OWNED');
    assert.equal(known(payments.properties.deletionProtection), true);
    assert.equal(gaps.filter((g) => g.call === 'kms:DescribeKey').length, 2);
    assert.equal(gaps.filter((g) => g.call === 'dynamodb:DescribeContinuousBackups' && g.reason === 'AccessDenied').length, 101);
  });
});
