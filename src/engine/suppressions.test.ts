import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explicit, type Resource } from '../model/core/index.js';
import type { Finding } from '../findings/finding.js';
import { applyMutes, stillActive } from './suppressions.js';
import { parseConfig } from './config.js';

function resource(uid: string, file: string, startLine: number, endLine: number, tags: Record<string, string> = {}): Resource {
  const source = { kind: 'iac', file, startLine, endLine } as const;
  return { uid, type: 'aws.s3.bucket', provider: 'aws', name: uid, tags: explicit(tags), properties: {}, origin: { kind: 'iac', framework: 'terraform', file, startLine, endLine, address: uid }, source };
}

function finding(ruleId: string, r: Resource, line: number): Finding {
  const file = (r.source as { file: string }).file;
  return {
    ruleId, title: 't', severity: 'high', status: 'fail', resource: { id: r.uid, type: r.type, name: r.name, provider: 'aws', address: r.uid },
    location: { file, startLine: line, endLine: line }, source: r.source, message: 'm', evidence: [], description: 'd', remediation: {}, references: [], frameworks: [], fingerprint: `${ruleId}${r.uid}`,
  };
}

const a = resource('a', 'infra/main.tf', 10, 20, { purpose: 'website' });
const b = resource('b', 'legacy/old.tf', 1, 5);
const c = resource('c', 'infra/other.tf', 1, 5);
const resources = new Map([a, b, c].map((r) => [r.uid, r]));
const NOW = new Date('2026-06-01T12:00:00Z');

test('an inline comment mutes its rule on the block that contains it or starts below it, and nothing else', () => {
  const inline = [{ file: 'infra/main.tf', line: 9, ruleId: 'aws-x-y', reason: 'accepted risk' }];
  const { findings } = applyMutes([finding('aws-x-y', a, 12), finding('aws-x-z', a, 12), finding('aws-x-y', b, 2)], resources, inline, { mutes: [], severityOverrides: {} }, NOW);
  assert.deepEqual(findings[0]!.muted, { reason: 'accepted risk', by: 'inline' });
  assert.equal(findings[1]!.muted, undefined, 'other rule');
  assert.equal(findings[2]!.muted, undefined, 'other file');
  const inside = applyMutes([finding('aws-x-y', a, 12)], resources, [{ file: 'infra/main.tf', line: 15, ruleId: 'aws-x-y', reason: 'r' }], { mutes: [], severityOverrides: {} }, NOW);
  assert.ok(inside.findings[0]!.muted);
  const far = applyMutes([finding('aws-x-y', a, 12)], resources, [{ file: 'infra/main.tf', line: 3, ruleId: 'aws-x-y', reason: 'r' }], { mutes: [], severityOverrides: {} }, NOW);
  assert.equal(far.findings[0]!.muted, undefined);
});

test('config mutes match by rule, path, resource and tag; expired ones stop muting and are reported', () => {
  const config = parseConfig(
    'c.yaml',
    `mute:
  - rule: aws-x-*
    path: "legacy/**"
    reason: legacy
  - resource: "a"
    tags: { purpose: website }
    rule: aws-x-web
    reason: website
  - rule: aws-x-old
    reason: was accepted
    expires: 2026-05-31
severity:
  aws-x-web: low
`,
  );
  const { findings, expired } = applyMutes([finding('aws-x-y', b, 2), finding('aws-x-web', a, 11), finding('aws-x-web', c, 2), finding('aws-x-old', a, 11)], resources, [], config, NOW);
  assert.equal(findings[0]!.muted?.reason, 'legacy');
  assert.equal(findings[1]!.muted?.reason, 'website');
  assert.equal(findings[1]!.severity, 'low', 'severity override applies');
  assert.equal(findings[2]!.muted, undefined, 'c has no website tag and is not a');
  assert.equal(findings[3]!.muted, undefined, 'expired');
  assert.deepEqual(expired.map((m) => m.rule), ['aws-x-old']);
  assert.equal(findings[0]!.status, 'fail', 'muting keeps the status');
});

test('a mute is active through its whole expiry day', () => {
  assert.ok(stillActive('2026-06-01', NOW));
  assert.ok(!stillActive('2026-05-31', NOW));
  assert.ok(stillActive(undefined, NOW));
});
