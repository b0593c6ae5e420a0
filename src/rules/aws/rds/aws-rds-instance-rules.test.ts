import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explicit, unresolvable, type Value } from '../../../model/core/index.js';
import type { ModelResource } from '../../../model/types.js';
import type { Outcome, RuleContext } from '../../kit/index.js';
import encrypted from './aws-rds-instance-encrypted.js';
import iamAuth from './aws-rds-instance-iam-auth.js';
import backup from './aws-rds-instance-backup-retention.js';
import pub from './aws-rds-instance-public.js';

function db(p: { clusterId?: Value<string | null>; engine?: string; encrypted?: Value<boolean>; retention?: number; iam?: boolean; public?: Value<boolean> }): ModelResource<'aws.rds.instance'> {
  return {
    uid: 'db', type: 'aws.rds.instance', provider: 'aws', name: 'db', tags: explicit({}), origin: { kind: 'live', call: 'test' }, source: { kind: 'none' },
    properties: {
      engine: explicit(p.engine ?? 'postgres'), storageEncrypted: p.encrypted ?? explicit(true), kmsKeyId: explicit(null), publiclyAccessible: p.public ?? explicit(false),
      backupRetentionDays: explicit(p.retention ?? 7), multiAz: explicit(true), deletionProtection: explicit(true), autoMinorVersionUpgrade: explicit(true),
      iamAuthentication: explicit(p.iam ?? true), enhancedMonitoring: explicit(true), cloudwatchLogsExports: explicit([]), clusterId: p.clusterId ?? explicit(null), securityGroups: explicit([]),
      masterUsername: explicit('app_owner'), port: explicit(5432), copyTagsToSnapshot: explicit(true),
    },
  };
}
const ctx = {} as RuleContext;
const st = (o: Outcome | readonly Outcome[] | undefined) => (o === undefined ? undefined : (o as Outcome).status);

test('instance rules skip cluster members; standalone instances are judged', () => {
  assert.equal(st(encrypted.evaluate(db({ encrypted: explicit(false) }), ctx)), 'fail');
  assert.equal(encrypted.evaluate(db({ encrypted: explicit(false), clusterId: explicit('aws_rds_cluster.c') }), ctx), undefined);
  assert.equal(st(encrypted.evaluate(db({ encrypted: unresolvable('var.enc') }), ctx)), 'unknown');
  assert.equal(st(backup.evaluate(db({ retention: 6 }), ctx)), 'fail');
  assert.equal(st(backup.evaluate(db({ retention: 7 }), ctx)), 'pass');
});

test('iam auth applies only to engines that support it; public judged for members too', () => {
  assert.equal(st(iamAuth.evaluate(db({ iam: false }), ctx)), 'fail');
  assert.equal(iamAuth.evaluate(db({ iam: false, engine: 'sqlserver-se' }), ctx), undefined);
  assert.equal(st(pub.evaluate(db({ public: explicit(true), clusterId: explicit('c') }), ctx)), 'fail');
  assert.equal(st(pub.evaluate(db({ public: unresolvable('var.public') }), ctx)), 'unknown');
});
