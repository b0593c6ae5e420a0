import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Resource } from '../model/core/index.js';
import { ResourceCompactor } from './compact.js';

/** A resource as it comes out of JSON (the store, a Config snapshot): every object its own copy. */
function parsed(account: string, bucket: string): Resource {
  const api = { kind: 'api', call: 's3:GetBucketEncryption', account, region: 'eu-west-1' };
  return JSON.parse(
    JSON.stringify({
      uid: `arn:aws:s3:::${bucket}`,
      type: 'aws.s3.bucket',
      provider: 'aws',
      account,
      region: 'eu-west-1',
      name: bucket,
      tags: { kind: 'explicit', value: { team: 'data' }, source: api },
      properties: {
        encryption: { kind: 'explicit', value: { algorithm: 'aws:kms', rules: [{ kind: 'explicit', value: 'AES256', source: api }] }, source: api },
        versioning: { kind: 'default', value: false, source: { kind: 'api', call: 's3:GetBucketVersioning', account, region: 'eu-west-1' }, reason: 'no versioning configuration' },
        block: { kind: 'explicit', value: true, source: { kind: 'iac', file: 'main.tf', startLine: 3, endLine: 5 } },
      },
      origin: { kind: 'live', call: 's3:ListBuckets' },
      source: api,
    }),
  ) as Resource;
}

const props = (r: Resource) => r.properties as Record<string, { source: unknown; value: unknown }>;

test('equal live-API provenance records become one object, within and across resources of an account and call', () => {
  const c = new ResourceCompactor();
  const a = parsed('111111111111', 'logs');
  const b = parsed('111111111111', 'data');
  c.compact(a);
  c.compact(b);
  assert.equal(props(a)['encryption']!.source, a.source);
  assert.equal(props(b)['encryption']!.source, a.source, 'same call, account and region: one record');
  assert.equal((props(b)['encryption']!.value as { rules: { source: unknown }[] }).rules[0]!.source, a.source, 'nested values too');
  assert.notEqual(props(a)['versioning']!.source, a.source, 'another call keeps its own record');
  const other = parsed('222222222222', 'logs');
  c.compact(other);
  assert.notEqual(other.source, a.source, 'another account keeps its own record');
  assert.notEqual(props(a)['block']!.source, props(b)['block']!.source, 'IaC positions are per value and stay apart');
});

test('compaction changes nothing a reader can see', () => {
  const c = new ResourceCompactor();
  const resources = [parsed('111111111111', 'logs'), parsed('111111111111', 'data'), parsed('222222222222', 'logs')];
  const before = structuredClone(resources);
  for (const r of resources) c.compact(r);
  assert.deepEqual(resources, before);
});

test('frozen objects (shared by the collectors already) are left as they are', () => {
  const c = new ResourceCompactor();
  const call = Object.freeze({ kind: 'api' as const, call: 'ec2:DescribeTags' });
  const noTags = Object.freeze({ kind: 'explicit' as const, value: Object.freeze({}), source: call });
  const r = { ...parsed('111111111111', 'logs'), tags: noTags, source: call } as Resource;
  c.compact(r);
  assert.equal(r.tags, noTags);
  assert.equal(r.source, call);
  const twin = { ...parsed('111111111111', 'data'), source: { kind: 'api', call: 'ec2:DescribeTags' } } as unknown as Resource;
  c.compact(twin);
  assert.equal(twin.source, call, 'a frozen record can still stand for equal ones');
});

test('records with other fields, or odd field types, are not taken for provenance', () => {
  const c = new ResourceCompactor();
  const odd = { kind: 'api', call: 'x:Y', account: 7 };
  const extra = { kind: 'api', call: 'x:Y', note: 'n' };
  const r1 = { ...parsed('111111111111', 'a'), properties: { odd, extra } } as unknown as Resource;
  const r2 = { ...parsed('111111111111', 'b'), properties: { odd: { ...odd }, extra: { ...extra } } } as unknown as Resource;
  c.compact(r1);
  c.compact(r2);
  const p1 = r1.properties as Record<string, unknown>;
  const p2 = r2.properties as Record<string, unknown>;
  assert.notEqual(p1['odd'], p2['odd']);
  assert.notEqual(p1['extra'], p2['extra']);
});
