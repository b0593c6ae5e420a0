import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unresolvable, type Value } from '../../model/core/index.js';
import type { RdsInstanceProperties } from '../../model/aws/data.js';
import { fixtureContext, modelFixture, v } from './aws-logging-fixtures.js';
import { rdsEngineLogRule } from './aws-data-rds-logs.js';
import type { Outcome } from './rule.js';

const rule = rdsEngineLogRule({ id: 'aws-rds-test-mariadb-logs', engineName: 'RDS for MariaDB', engine: /^mariadb$/i, logs: ['audit', 'error'], control: 'rds-42', risk: 'r' });

function instance(engine: Value<string>, exports: Value<readonly string[]>) {
  return modelFixture('aws.rds.instance', 'db', {
    engine, storageEncrypted: v(true), kmsKeyId: v(null), publiclyAccessible: v(false), backupRetentionDays: v(7), multiAz: v(true),
    deletionProtection: v(true), autoMinorVersionUpgrade: v(true), iamAuthentication: v(true), enhancedMonitoring: v(true),
    cloudwatchLogsExports: exports, clusterId: v(null), securityGroups: v([]), masterUsername: v('owner'), port: v(3306), copyTagsToSnapshot: v(true),
  } satisfies RdsInstanceProperties);
}
const judge = (engine: Value<string>, exports: Value<readonly string[]>) => rule.evaluate(instance(engine, exports), fixtureContext([])) as Outcome | undefined;

test('only instances of the engine are judged; every listed log must be exported', () => {
  assert.equal(judge(v('mysql'), v([])), undefined, 'another engine is not this control\'s');
  assert.equal(judge(v('mariadb'), v(['audit', 'error', 'general']))?.status, 'pass');
  const partial = judge(v('mariadb'), v(['error']));
  assert.equal(partial?.status, 'fail');
  assert.equal(partial?.message, 'not exported to CloudWatch Logs: audit');
});

test('an unknown engine or export list is unknown, never a pass', () => {
  assert.equal(judge(unresolvable('AccessDenied on DescribeDBInstances'), v([]))?.status, 'unknown');
  assert.equal(judge(v('mariadb'), unresolvable('var.exports'))?.status, 'unknown');
  assert.match(rule.title, /RDS for MariaDB DB instance does not export all of its logs \(audit, error\)/);
  assert.ok(rule.references.some((r) => r.endsWith('#rds-42')));
});
