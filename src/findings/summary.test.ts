import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarize } from './summary.js';
import { buildReport, redactFinding, redactReport } from './report.js';
import { conformanceFinding as finding } from './store/conformance-fixtures.js';

test('summarize: status counts exclude muted findings; failures by severity', () => {
  const s = summarize([
    finding({ status: 'fail', severity: 'critical', ruleId: 'a' }),
    finding({ status: 'fail', severity: 'critical', ruleId: 'a', resource: { ...finding().resource, id: 'other' } }),
    finding({ status: 'fail', severity: 'low', ruleId: 'b', muted: { reason: 'r', by: 'inline' } }),
    finding({ status: 'pass', ruleId: 'b' }),
    finding({ status: 'unknown', ruleId: 'c' }),
    finding({ status: 'unknown', ruleId: 'c', muted: { reason: 'r', by: 'config' } }),
  ]);
  assert.deepEqual(
    { total: s.total, pass: s.pass, fail: s.fail, unknown: s.unknown, muted: s.muted },
    { total: 6, pass: 1, fail: 2, unknown: 1, muted: 2 },
  );
  assert.equal(s.pass + s.fail + s.unknown + s.muted, s.total);
  assert.deepEqual(s.mutedByStatus, { pass: 0, fail: 1, unknown: 1 });
  assert.deepEqual(s.failedBySeverity, { critical: 2, high: 0, medium: 0, low: 0, info: 0 });
  assert.equal(s.rulesRun, 3, 'rules seen');
  assert.equal(s.resources, 2, 'resources seen');
});

test('summarize: extra counts win; files scanned from a list or a number; failed files deduped and sorted', () => {
  const s = summarize([], { resources: 10, rulesRun: 42, filesScanned: ['a', 'b'], filesFailed: ['z.tf', 'a.tf', 'z.tf'] });
  assert.deepEqual([s.resources, s.rulesRun, s.filesScanned, s.filesFailed], [10, 42, 2, ['a.tf', 'z.tf']]);
  assert.equal(summarize([], { filesScanned: 7 }).filesScanned, 7);
  assert.equal(summarize([]).total, 0);
});

test('buildReport and redaction helpers', () => {
  const f = finding({
    message: 'token=abcdef123456',
    evidence: [{ path: 'environment', value: { A: 'b' }, kind: 'explicit', source: { kind: 'none' }, sensitive: true }],
  });
  const r = buildReport({ version: '1', id: 's', startedAt: 't0', finishedAt: 't1', sources: ['x'], kind: 'iac', findings: [f], errors: [{ file: 'f', line: 1, column: 2, message: 'Bearer abcdefghijklmnop' }] });
  assert.equal(r.tool.name, 'cloudwarden');
  assert.equal(r.summary.fail, 1);
  const red = redactReport(r);
  assert.equal(red.findings[0]!.message, 'token=[redacted]');
  assert.equal(red.findings[0]!.evidence[0]!.value, '[redacted]');
  assert.equal(red.errors[0]!.message, 'Bearer [redacted]');
  assert.equal(r.findings[0]!.message, 'token=abcdef123456', 'the input report is untouched');
  assert.deepEqual(redactFinding(redactFinding(f)), redactFinding(f), 'idempotent');
});
