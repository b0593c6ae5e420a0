import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from './config.js';

test('parses mutes with every selector, dates and severity overrides', () => {
  const c = parseConfig(
    '.cloudwarden.yaml',
    `mute:
  - rule: aws-s3-bucket-versioning
    path: "legacy/**"
    reason: legacy stack
    expires: 2027-01-31
  - resource: "*website*"
    tags: { purpose: website }
    reason: public by design
  - tag: env=dev
    reason: dev accounts
severity:
  AWS-S3-BUCKET-ACCESS-LOGGING: LOW
`,
  );
  assert.equal(c.mutes.length, 3);
  assert.deepEqual(c.mutes[0], { rule: 'aws-s3-bucket-versioning', path: 'legacy/**', reason: 'legacy stack', expires: '2027-01-31', origin: '.cloudwarden.yaml:2' });
  assert.deepEqual(c.mutes[1]!.tags, { purpose: 'website' });
  assert.deepEqual(c.mutes[2]!.tags, { env: 'dev' });
  assert.deepEqual(c.severityOverrides, { 'aws-s3-bucket-access-logging': 'low' });
});

test('bad configuration is a usage error naming file, line and column', () => {
  assert.throws(() => parseConfig('c.yaml', 'mute:\n  - rule: x\n'), /c\.yaml:2:5: a mute needs a reason/);
  assert.throws(() => parseConfig('c.yaml', 'mutes: []\n'), /c\.yaml:1:1: unknown key "mutes"/);
  assert.throws(() => parseConfig('c.yaml', 'mute:\n  - reason: r\n'), /needs at least one of rule/);
  assert.throws(() => parseConfig('c.yaml', 'mute:\n  - rule: x\n    reason: r\n    expires: soon\n'), /expires must be a date/);
  assert.throws(() => parseConfig('c.yaml', 'severity:\n  x: urgent\n'), /must be one of critical/);
  assert.throws(() => parseConfig('c.yaml', 'mute: [\n'), /^.*c\.yaml:\d+:\d+:/);
});

test('an empty file is an empty configuration', () => {
  assert.deepEqual(parseConfig('c.yaml', '').mutes, []);
});
