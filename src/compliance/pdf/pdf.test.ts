import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadFrameworks } from '../../frameworks/index.js';
import { evaluateCompliance } from '../evaluate.js';
import { finding, scanReport } from '../test-support/findings.js';
import { pdfPages } from '../test-support/pdf-text.js';
import { renderCompliancePdf } from './index.js';
import { familyOf } from './fonts.js';

// A Unicode TrueType family every test machine has: the Liberation Sans faces pdfjs-dist ships (OFL).
const LIBERATION = familyOf(join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts', 'LiberationSans-Regular.ttf'));

const cis = () => loadFrameworks().filter((f) => f.id === 'cis-aws-foundations-3.0');

test('the PDF names the framework, the scope, every requirement id with its status, and numbers its pages', async () => {
  const c = evaluateCompliance(cis(), scanReport([
    finding('aws-iam-root-mfa', 'fail', 'arn:aws:iam::111122223333:root'),
    finding('aws-iam-root-access-keys', 'pass', 'arn:aws:iam::111122223333:root'),
  ]));
  const pdf = await renderCompliancePdf(c);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const pages = await pdfPages(pdf);
  const text = ` ${pages.join(' ')}`;
  assert.match(pages[0]!, /Compliance report/);
  assert.match(pages[0]!, /CIS Amazon Web Services Foundations Benchmark 3\.0\.0/);
  assert.match(pages[0]!, /111122223333/);
  assert.match(pages[0]!, /scan-compliance-1/);
  assert.match(pages[0]!, /cloudwarden 0\.1\.0/);
  for (const r of c.frameworks[0]!.requirements) assert.ok(text.includes(` ${r.id} `), `requirement ${r.id} is in the PDF`);
  assert.match(text, /1\.5 The root user has MFA enabled FAIL/);
  assert.match(text, /1\.1 Keep the account contact details current MANUAL/);
  assert.match(text, /NOT EVALUATED/);
  assert.match(text, /aws-iam-root-mfa root \(arn:aws:iam::111122223333:root\) 111122223333 \/ us-east-1 fail/);
  pages.forEach((p, i) => assert.ok(p.includes(`Page ${i + 1} of ${pages.length}`), `page ${i + 1} is numbered`));
});

test('a big scan stays bounded: evidence rows per requirement are capped with an "and N more" line', async () => {
  const many = Array.from({ length: 500 }, (_, i) => finding('aws-iam-root-mfa', 'fail', `arn:aws:iam::${String(100000000000 + i)}:root`));
  const pdf = await renderCompliancePdf(evaluateCompliance(cis(), scanReport(many)), { maxEvidenceRows: 10 });
  const text = (await pdfPages(pdf)).join('\n');
  assert.match(text, /and 490 more/);
  assert.ok(!text.includes('100000000010:root'), 'rows past the cap are not printed');
  assert.ok(pdf.length < 200_000, `PDF stays small (${pdf.length} bytes)`);
});

test('hostile and non-Latin text in findings does not break the PDF', async () => {
  const name = '<script>alert(1)</script> 雪\u0007\nname';
  const c = evaluateCompliance(cis(), scanReport([
    finding('aws-iam-root-mfa', 'fail', 'root', { resource: { id: 'root', type: 'aws.iam.root', name, provider: 'aws', account: '111122223333' } }),
  ]));
  const text = (await pdfPages(await renderCompliancePdf(c))).join('\n');
  assert.match(text, /<script>alert\(1\)<\/script> \?\? ?name/);
});

test('the same compliance report renders the same PDF bytes (dated by the scan, not the clock)', async () => {
  const c = evaluateCompliance(cis(), scanReport([finding('aws-iam-root-mfa', 'fail', 'root')]));
  assert.deepEqual(await renderCompliancePdf(c), await renderCompliancePdf(c));
});

test('with an embedded Unicode font, Greek and Cyrillic names print; what the font lacks is still "?"', async () => {
  assert.ok(LIBERATION.bold, 'the family has a bold face');
  const name = 'Ελληνικά-имя \u2014 雪\u0007';
  const c = evaluateCompliance(cis(), scanReport([
    finding('aws-iam-root-mfa', 'fail', 'root', { resource: { id: 'root', type: 'aws.iam.root', name, provider: 'aws', account: '111122223333' } }),
  ]));
  const pdf = await renderCompliancePdf(c, { font: LIBERATION });
  const text = (await pdfPages(pdf)).join('\n');
  assert.match(text, /Ελληνικά-имя — \?\?/);
  assert.match(text, /1\.5 The root user has MFA enabled FAIL/);
  assert.ok(pdf.includes('LiberationSans'), 'the font is embedded');
  assert.deepEqual(await renderCompliancePdf(c, { font: LIBERATION }), pdf, 'still the same bytes for the same report and font');
  const helvetica = (await pdfPages(await renderCompliancePdf(c))).join('\n');
  assert.match(helvetica, /\?\?\?\?\?\?\?\?-\?\?\?/, 'Helvetica has no Greek or Cyrillic');
});
