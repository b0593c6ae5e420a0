import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render, summaryLine } from './index.js';
import { fixtureReport } from '../test-support/fixture.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/;

test('table: grouped by file, one line per finding with severity, rule, resource, location, message', () => {
  const out = render(fixtureReport(), { color: false });
  assert.ok(!ANSI.test(out), 'no colour codes when color is false');
  const lines = out.split('\n');
  const header = lines.indexOf('infra/main.tf');
  assert.ok(header >= 0, out);
  assert.match(lines[header + 1]!, /^ {2}CRITICAL +risk {2}90 {2}aws-s3-bucket-public-access-block {2}aws_s3_bucket\.logs {2}infra\/main\.tf:3-9 {2}Message of/);
  assert.match(out, /UNKNOWN +risk +25 {2}aws-s3-bucket-encryption .*could not be determined: bucket encryption/);
  assert.match(out, /LOW +risk +0 {2}aws-s3-bucket-logging .*\(muted: logs bucket cannot log to itself\)/);
  assert.ok(!out.includes('aws-s3-bucket-versioning'), 'passed checks hidden by default');
  assert.match(out, /^aws\.iam\.root arn:aws:iam::111122223333:root$/m, 'live findings grouped by resource');
});

test('table: muted after unmuted, failures before unknown within a file', () => {
  const out = render(fixtureReport(), { color: false, showPassed: true });
  const pos = (s: string): number => out.indexOf(s);
  assert.ok(pos('aws-s3-bucket-public-access-block') < pos('aws-s3-bucket-encryption'));
  assert.ok(pos('aws-s3-bucket-encryption') < pos('aws-s3-bucket-versioning'));
  assert.ok(pos('aws-s3-bucket-versioning') < pos('aws-s3-bucket-logging'));
});

test('table: parse errors listed file:line:col, then the summary line last', () => {
  const out = render(fixtureReport(), { color: false });
  assert.match(out, /^ {2}infra\/broken\.tf:4:7: Unexpected "}" & <eof>; password=\[redacted\]$/m);
  const last = out.trimEnd().split('\n').at(-1);
  assert.equal(last, '4 failed (1 critical, 1 high, 1 medium, 1 info), 1 passed, 1 unknown, 1 muted — 3 files scanned, 1 failed to parse');
  assert.equal(summaryLine({ ...fixtureReport(), scan: { ...fixtureReport().scan, kind: 'live' } }).endsWith('— 4 resources'), true);
});

test('table: colours when asked, none with NO_COLOR; muted lines dimmed', () => {
  const out = render(fixtureReport(), { color: true });
  assert.ok(ANSI.test(out));
  const mutedLine = out.split('\n').find((l) => l.includes('aws-s3-bucket-logging'))!;
  assert.ok(mutedLine.startsWith('\u001b[2m'), 'dim');
  const saved = process.env.NO_COLOR;
  process.env.NO_COLOR = '1';
  try {
    assert.ok(!ANSI.test(render(fixtureReport(), { color: true })));
  } finally {
    if (saved === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = saved;
  }
});

test('table: width cuts long lines; control characters never reach the terminal', () => {
  const out = render(fixtureReport(), { color: false, width: 60 });
  for (const l of out.split('\n').filter((x) => x.startsWith('  ') && !x.includes('broken.tf'))) assert.ok([...l].length <= 60, l);
  // eslint-disable-next-line no-control-regex
  assert.ok(!/[\u0000-\u0008\u000B-\u001F]/.test(out));
});

test('table: a clean scan says so', () => {
  const r = fixtureReport();
  const clean = { ...r, findings: r.findings.filter((f) => f.status === 'pass'), errors: [], summary: { ...r.summary, fail: 0, unknown: 0, muted: 0, filesFailed: [] } };
  assert.match(render(clean, { color: false }), /No failed checks\./);
});

test('table: the Risk column, and files ordered by their riskiest finding, findings by risk within a status', () => {
  const out = render(fixtureReport(), { color: false });
  assert.match(out, /MEDIUM +risk {2}67 {2}aws-s3-bucket-special-chars/);
  assert.match(out, /LOW +risk {3}0 {2}aws-s3-bucket-logging .*muted/);
  const pos = (s: string): number => out.indexOf(s);
  // infra/main.tf holds the 90; infra/odd&<>.tf the 67; the ec2 file the 50.
  assert.ok(pos('infra/main.tf\n') < pos('infra/odd&<>.tf\n'));
  assert.ok(pos('infra/odd&<>.tf\n') < pos('infra/dir with space/ec2.tf\n'));
});
