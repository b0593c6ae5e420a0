import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFrameworks } from '../../frameworks/index.js';
import { evaluateCompliance } from '../evaluate.js';
import { finding, scanReport } from '../test-support/findings.js';
import { COMPLIANCE_CSV_COLUMNS, renderComplianceCsv } from './csv.js';
import { renderComplianceJson } from './json.js';
import { renderComplianceTable } from './table.js';
import { bar } from './text.js';

const ATTACK = 'evil\u001b[31mred\u0007 =cmd|calc';
const report = () =>
  evaluateCompliance(
    loadFrameworks().filter((f) => f.id === 'cis-aws-foundations-3.0'),
    scanReport([
      finding('aws-iam-root-mfa', 'fail', 'arn:aws:iam::111122223333:root', { resource: { id: 'arn:aws:iam::111122223333:root', type: 'aws.iam.root', name: ATTACK, provider: 'aws', account: '111122223333' } }),
      finding('aws-iam-root-access-keys', 'pass', 'arn:aws:iam::111122223333:root'),
    ]),
  );

test('bars scale to the score', () => {
  assert.equal(bar(0, 10), '░'.repeat(10));
  assert.equal(bar(50, 10), '█'.repeat(5) + '░'.repeat(5));
  assert.equal(bar(100, 10), '█'.repeat(10));
  assert.equal(bar(140, 10), '█'.repeat(10));
});

test('the table summarizes each framework with a score bar, and details one framework down to its requirements', () => {
  const out = renderComplianceTable(report());
  assert.match(out, /cis-aws-foundations-3\.0\s+█*░+\s+1\.6% 1\/62/);
  assert.match(out, /FAIL\s+1\.5\s+The root user has MFA enabled/);
  assert.match(out, /PASS\s+1\.4\s/);
  assert.match(out, /MANUAL\s+1\.1\s/);
  assert.match(out, /NOT-EVAL\s+1\.6\s/);
  assert.match(out, /Identity and Access Management\s+█*░+\s+4\.5%\s+1\/22/);
  assert.ok(!out.includes('\u001b'), 'no terminal escape from a resource name reaches the terminal');
  const summaryOnly = renderComplianceTable(report(), { detail: false });
  assert.ok(!summaryOnly.includes('1.5 '), 'without detail only the framework line');
  assert.match(summaryOnly, /--framework <id>/);
});

test('the JSON is the compliance report, stable for the same input', () => {
  const out = renderComplianceJson(report());
  assert.equal(out, renderComplianceJson(report()));
  const parsed = JSON.parse(out) as ReturnType<typeof report>;
  assert.equal(parsed.schema, 'cloudwarden.compliance/v1');
  assert.equal(parsed.frameworks[0]!.requirements.find((r) => r.id === '1.5')!.evidence[0]!.resource.name, ATTACK);
});

test('the CSV has one row per requirement and neutralizes formulas', () => {
  const lines = renderComplianceCsv(report()).trimEnd().split('\r\n');
  assert.equal(lines[0], COMPLIANCE_CSV_COLUMNS.join(','));
  assert.equal(lines.length, 1 + 62);
  const r15 = lines.find((l) => l.startsWith('cis-aws-foundations-3.0,3.0.0,Identity and Access Management,1.5,'))!;
  assert.match(r15, /,fail,/);
  assert.match(r15, /,arn:aws:iam::111122223333:root$/);
});
