import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFrameworks } from '../frameworks/index.js';
import { frameworkEntry, frameworksList } from './frameworks-command.js';

test('frameworks list --format json: every shipped framework with its requirement counts', () => {
  const all = loadFrameworks();
  const out = JSON.parse(frameworksList({ format: 'json' })) as { count: number; frameworks: ReturnType<typeof frameworkEntry>[] };
  assert.equal(out.count, all.length);
  assert.deepEqual(out.frameworks.map((f) => f.id), all.map((f) => f.id));
  const cis = out.frameworks.find((f) => f.id === 'cis-aws-foundations-3.0')!;
  assert.deepEqual(cis, {
    id: 'cis-aws-foundations-3.0', name: 'CIS Amazon Web Services Foundations Benchmark', version: '3.0.0', provider: 'aws',
    requirements: { total: 62, automated: 49, manual: 13 },
  });
  for (const f of out.frameworks) assert.equal(f.requirements.automated + f.requirements.manual, f.requirements.total, f.id);
});

test('frameworks list (table): one line per framework with totals, automated and manual', () => {
  const out = frameworksList({});
  assert.match(out, /^ID\s+PROVIDER\s+VERSION\s+TOTAL\s+AUTOMATED\s+MANUAL\s+NAME/);
  assert.match(out, /cis-aws-foundations-3\.0\s+aws\s+3\.0\.0\s+62\s+49\s+13\s+CIS Amazon Web Services Foundations Benchmark/);
  assert.match(out, new RegExp(`${loadFrameworks().length} frameworks`));
  assert.throws(() => frameworksList({ format: 'xml' }), /not table or json/);
});

test('a requirement without rules counts as manual even when the file forgets to say so', () => {
  const e = frameworkEntry({ id: 'x', name: 'X', version: '1', provider: 'aws', file: 'x.yaml', requirements: [
    { id: '1', title: 'a', section: 's', rules: ['aws-iam-root-mfa'], manual: false },
    { id: '2', title: 'b', section: 's', rules: [], manual: false },
  ] });
  assert.deepEqual(e.requirements, { total: 2, automated: 1, manual: 1 });
});
