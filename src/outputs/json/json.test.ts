import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from './index.js';
import { fixtureReport } from '../test-support/fixture.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

test('json: top-level shape is exactly tool, version, scan, summary, errors, findings', () => {
  const doc: Json = JSON.parse(render(fixtureReport()));
  assert.deepEqual(Object.keys(doc), ['tool', 'version', 'scan', 'summary', 'errors', 'findings']);
  assert.equal(doc.tool, 'cloudwarden');
  assert.equal(doc.version, '0.1.0');
  assert.deepEqual(Object.keys(doc.scan), ['id', 'startedAt', 'finishedAt', 'sources']);
  assert.deepEqual(doc.errors, [{ file: 'infra/broken.tf', line: 4, column: 7, message: 'Unexpected "}" & <eof>; password=[redacted]' }]);
  assert.equal(doc.summary.fail, 4);
  assert.equal(doc.findings.length, fixtureReport().findings.length);
});

test('json: each finding carries the documented fields, evidence redacted', () => {
  const doc: Json = JSON.parse(render(fixtureReport()));
  for (const f of doc.findings) {
    for (const k of ['ruleId', 'title', 'severity', 'status', 'muted', 'resource', 'message', 'remediation', 'frameworks', 'fingerprint', 'evidence']) assert.ok(k in f, `${k} in ${f.ruleId}`);
    assert.deepEqual(Object.keys(f.resource).slice(0, 3), ['id', 'type', 'name']);
  }
  const secret = doc.findings.find((f: Json) => f.fingerprint === 'fp-secret');
  assert.deepEqual(secret.location, { file: 'infra/dir with space/ec2.tf', startLine: 20, endLine: 20 });
  assert.equal(secret.evidence[0].value, '[redacted]');
  assert.equal(secret.evidence[0].sensitive, true);
  assert.equal(secret.evidence[1].value, 't3.micro');
  const muted = doc.findings.find((f: Json) => f.fingerprint === 'fp-muted');
  assert.equal(muted.muted, true);
  assert.equal(muted.muteReason, 'logs bucket cannot log to itself');
  assert.equal(doc.findings.find((f: Json) => f.fingerprint === 'fp-pass').muted, false);
  assert.equal(doc.findings.find((f: Json) => f.fingerprint === 'fp-info').location, undefined);
});

test('json: indent option', () => {
  assert.equal(render(fixtureReport(), { indent: 0 }).trimEnd().split('\n').length, 1);
});

test('json: every finding carries its risk; findings ordered by status, then risk, highest first', () => {
  const doc = JSON.parse(render(fixtureReport())) as { findings: { fingerprint: string; status: string; risk: { score: number; factors: { factor: string }[] } }[] };
  assert.deepEqual(doc.findings.map((f) => [f.status, f.risk.score]), [['fail', 90], ['fail', 67], ['fail', 50], ['fail', 0], ['fail', 0], ['unknown', 25], ['pass', 0]]);
  assert.deepEqual(doc.findings[0]!.risk.factors.map((f) => f.factor), ['severity', 'public-exposure']);
});
