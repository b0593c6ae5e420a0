import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_FILES } from '../rules/catalog.generated.js';
import { SEVERITIES, PROVIDERS } from '../model/core/index.js';
import { allRules, selectRules } from './registry.js';

const rulesRoot = fileURLToPath(new URL('../rules/', import.meta.url));

function ruleFilesOnDisk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!(dir === rulesRoot && name === 'kit')) ruleFilesOnDisk(p, out);
    } else if (/^[a-z0-9-]+\.ts$/.test(name) && !/\.(test|examples)\.ts$/.test(name) && dir !== rulesRoot) out.push(p);
  }
  return out;
}

test('the generated catalogue lists every rule file (no hand-edited list)', () => {
  assert.equal(RULE_FILES.length, ruleFilesOnDisk(rulesRoot).length, 'run npm run gen');
});

test('every rule id equals its file name, is unique, and its metadata is complete', () => {
  const seen = new Set<string>();
  for (const { file, rule } of RULE_FILES) {
    const base = file.split('/').pop()!.replace(/\.ts$/, '');
    assert.equal(rule.id, base, `${file}: id ${rule.id} differs from the file name`);
    assert.ok(!seen.has(rule.id), `duplicate id ${rule.id}`);
    seen.add(rule.id);
    assert.ok((PROVIDERS as readonly string[]).includes(rule.provider), `${rule.id}: provider`);
    assert.ok(file.startsWith(`${rule.provider}/${rule.service}/`), `${rule.id}: must live in ${rule.provider}/${rule.service}/`);
    assert.ok((SEVERITIES as readonly string[]).includes(rule.severity), `${rule.id}: severity`);
    for (const k of ['title', 'description', 'risk'] as const) assert.ok(rule[k].trim().length >= 10, `${rule.id}: ${k} too short`);
    assert.ok(Object.values(rule.remediation).some((v) => typeof v === 'string' && v.trim().length > 0), `${rule.id}: no remediation`);
    assert.ok(rule.remediation.console || rule.remediation.cli || rule.remediation.kubernetes, `${rule.id}: remediation needs console or CLI steps`);
    assert.ok(rule.references.length >= 1 && rule.references.every((r) => /^https:\/\//.test(r)), `${rule.id}: references`);
    assert.equal(typeof rule.evaluate, 'function');
  }
});

test('selectRules understands ids, prefixes and severities, and rejects unknown ids', () => {
  const rules = allRules();
  const first = rules[0]!;
  assert.deepEqual(selectRules(rules, { include: [first.id] }).map((r) => r.id), [first.id]);
  assert.ok(selectRules(rules, { exclude: [first.id] }).every((r) => r.id !== first.id));
  assert.ok(selectRules(rules, { include: [first.severity] }).every((r) => r.severity === first.severity));
  assert.ok(selectRules(rules, { include: ['aws-s3-*'] }).every((r) => r.id.startsWith('aws-s3-')));
  assert.throws(() => selectRules(rules, { include: ['no-such-rule-id'] }), /unknown rule id/);
});
