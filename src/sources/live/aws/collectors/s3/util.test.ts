import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachLimited, regionOfLocation } from './util.js';

test('GetBucketLocation constraints name regions', () => {
  assert.equal(regionOfLocation(undefined), 'us-east-1');
  assert.equal(regionOfLocation(''), 'us-east-1');
  assert.equal(regionOfLocation('EU'), 'eu-west-1');
  assert.equal(regionOfLocation('ap-southeast-2'), 'ap-southeast-2');
});

test('forEachLimited visits every item with at most `limit` in flight', async () => {
  let inFlight = 0;
  let peak = 0;
  const seen: number[] = [];
  await forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await new Promise((r) => setTimeout(r, 5));
    seen.push(n);
    inFlight--;
  });
  assert.deepEqual([...seen].sort(), [1, 2, 3, 4, 5, 6, 7]);
  assert.equal(peak, 3);
});
