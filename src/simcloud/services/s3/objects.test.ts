import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GetObjectCommand, ListObjectsV2Command, paginateListObjectsV2, S3Client } from '@aws-sdk/client-s3';
import { gzipSync, gunzipSync } from 'node:zlib';
import { startSimcloud } from '../../testing.js';

test('ListObjectsV2 pages in key order with prefixes; GetObject returns the bytes, through the real SDK', async () => {
  const keys = Array.from({ length: 7 }, (_, i) => `logs/2026/11/${String(27 + (i % 2)).padStart(2, '0')}/f${i}.json.gz`);
  const sim = await startSimcloud({
    accounts: [{ id: '444444444444', services: { s3: { Buckets: [{ Name: 'trail-bucket', Region: 'us-east-1', Objects: [...keys.map((Key, i) => ({ Key, BodyBase64: gzipSync(`{"n":${i}}`).toString('base64') })), { Key: 'readme.txt', Body: 'hello' }] }] } } }],
  });
  try {
    const s3 = new S3Client({ endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials, forcePathStyle: true });
    const listed: string[] = [];
    for await (const page of paginateListObjectsV2({ client: s3, pageSize: 3 }, { Bucket: 'trail-bucket', Prefix: 'logs/' })) listed.push(...(page.Contents ?? []).map((o) => o.Key!));
    assert.deepEqual(listed, [...keys].sort());
    const first = await s3.send(new ListObjectsV2Command({ Bucket: 'trail-bucket', MaxKeys: 2 }));
    assert.equal(first.IsTruncated, true);
    assert.equal(first.KeyCount, 2);
    const obj = await s3.send(new GetObjectCommand({ Bucket: 'trail-bucket', Key: keys[3]! }));
    const bytes = Buffer.from(await obj.Body!.transformToByteArray());
    assert.equal(gunzipSync(bytes).toString('utf8'), '{"n":3}');
    assert.equal(obj.ContentLength, bytes.length);
    await assert.rejects(s3.send(new GetObjectCommand({ Bucket: 'trail-bucket', Key: 'missing' })), (e: Error) => e.name === 'NoSuchKey');
  } finally {
    await sim.close();
  }
});
