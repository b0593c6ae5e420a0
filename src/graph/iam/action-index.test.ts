import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ActionIndex } from './action-index.js';

test('the action index answers every action it was given, through growth and collisions', () => {
  const index = new ActionIndex();
  const lists = [[], [0], [0, 2], [1]];
  // Ids that collide in a small table (multiples of 8) and ids far apart.
  const ids = [...Array.from({ length: 40 }, (_, i) => i * 8), ...Array.from({ length: 40 }, (_, i) => 100_000 + i * 977)];
  ids.forEach((id, i) => index.set(id, lists[i % lists.length]!));
  ids.forEach((id, i) => assert.equal(index.get(id), lists[i % lists.length], `action ${id}`));
  assert.equal(index.get(3), undefined);
  assert.equal(index.get(99_999), undefined);
});

test('the action index starts over when full, and forgets the last answer with it', () => {
  const index = new ActionIndex();
  const list = [0];
  for (let id = 0; id < 512; id++) index.set(id, list);
  assert.equal(index.get(511), list);
  index.set(10_000, list);
  assert.equal(index.get(10_000), list);
  assert.equal(index.get(0), undefined);
  assert.equal(index.get(511), undefined);
});
