import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../findings/store/index.js';
import { FORMATS, renderReport } from './index.js';
import { fixtureReport } from './test-support/fixture.js';

test('a report read back from the store renders exactly like the original, in every format', async () => {
  const original = fixtureReport();
  const store = await openStore(':memory:');
  try {
    const id = await store.beginScan({ id: original.scan.id, kind: original.scan.kind, sources: original.scan.sources, startedAt: original.scan.startedAt, toolVersion: original.tool.version });
    await store.addFindings(id, original.findings);
    await store.addErrors(id, original.errors);
    await store.finishScan(id, original.summary, original.scan.finishedAt);
    const back = await store.getReport(id);
    assert.ok(back);
    for (const format of FORMATS) {
      assert.equal(renderReport(format, back, { color: false, srcRoot: '/repo' }), renderReport(format, original, { color: false, srcRoot: '/repo' }), format);
    }
  } finally {
    await store.close();
  }
});
