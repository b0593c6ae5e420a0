import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newCounters } from './clients.js';
import { formatProgress, ProgressTracker, type ScanProgress } from './progress.js';

test('the progress line reads accounts, regions, services and the counters', () => {
  const p: ScanProgress = { accounts: { done: 2, total: 4 }, regions: { done: 5, total: 8 }, services: { done: 120, total: 200 }, resources: 3412, calls: 1920, throttles: 12, errors: 3, incomplete: 1 };
  assert.equal(formatProgress(p), 'accounts 2/4 · regions 5/8 · services 120/200 · 3,412 resources · 1,920 calls · 12 throttles · 3 errors');
});

test('a region is done when all its regional runs are; an account when it says so', () => {
  const seen: ScanProgress[] = [];
  const t = new ProgressTracker(newCounters(), (p) => seen.push(p), 0);
  t.addAccounts(1);
  t.addRegions('1', ['a', 'b'], 2, 1);
  assert.deepEqual(seen.at(-1)!.services, { done: 0, total: 5 });
  t.taskDone('1', 'a', 'complete');
  assert.deepEqual(seen.at(-1)!.regions, { done: 0, total: 2 });
  t.taskDone('1', 'a', 'partial');
  assert.deepEqual(seen.at(-1)!.regions, { done: 1, total: 2 });
  t.taskDone('1', undefined, 'complete');
  t.taskDone('1', 'b', 'complete');
  t.taskDone('1', 'b', 'failed');
  t.accountDone('1');
  const last = seen.at(-1)!;
  assert.deepEqual([last.accounts, last.regions, last.services, last.incomplete], [{ done: 1, total: 1 }, { done: 2, total: 2 }, { done: 5, total: 5 }, 2]);
});
