import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateCompliance } from '../../compliance/index.js';
import { loadFrameworks } from '../../frameworks/index.js';
import { fixtureReport } from '../test-support/fixture.js';
import { HOSTILE_NAME, hostileReport } from './test-support/hostile.js';
import { esc } from './escape.js';
import { render, renderComplianceHtml } from './index.js';

test('escaping covers markup, quotes and control characters', () => {
  assert.equal(esc(`<a href="x" onclick='y'>&\``), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;');
  assert.equal(esc('a\u0007b\nc'), 'ab\nc');
  assert.equal(esc(undefined), '');
});

test('the report is one self-contained file: no external URL is loaded, one script allowed by hash', () => {
  const html = render(hostileReport());
  assert.ok(html.startsWith('<!doctype html>'));
  assert.ok(!/<(script|img|link|iframe)[^>]+(src|href)=/i.test(html), 'nothing references a resource to fetch');
  assert.ok(!/@import|url\(/i.test(html), 'no CSS fetches');
  assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;;[^"]*script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/);
  assert.equal(html.match(/<script>/g)?.length, 1, 'only the page\'s own script');
  assert.ok(!html.includes(HOSTILE_NAME), 'the hostile name never appears unescaped');
  assert.ok(html.includes(esc(HOSTILE_NAME)));
});

test('the scan report has posture charts, filters, remediation and evidence per finding, and the compliance view', () => {
  const html = render(fixtureReport());
  for (const caption of ['Failures by severity', 'Findings by status', 'Failures by service', 'Failures by account', 'Compliance score by framework'])
    assert.ok(html.includes(caption), `chart ${caption}`);
  for (const id of ['search', 'filter-severity', 'filter-status', 'filter-service', 'filter-account', 'filter-frameworks']) assert.ok(html.includes(`id="${id}"`), `control ${id}`);
  assert.match(html, /<h5>CLI<\/h5><pre>aws s3api put-public-access-block --bucket logs<\/pre>/);
  assert.match(html, /<h5>Terraform<\/h5>/);
  assert.match(html, /<code>instanceType<\/code>/);
  assert.match(html, /<section id="compliance">.*cis-aws-foundations-3\.0/s, 'frameworks with an assessed requirement are shown');
  assert.match(html, /data-frameworks="[^"]*cis-aws-foundations-3\.0/, 'findings are filterable by the framework that maps their rule');
});

test('failing findings come first, highest risk first within a status', () => {
  const r = fixtureReport();
  const withRisk = r.findings.map((f) => (f.ruleId === 'aws-s3-bucket-special-chars' ? { ...f, risk: { score: 99, factors: [{ factor: 'public-exposure', points: 60, detail: 'open to the world' }] } } : f));
  const html = render({ ...r, findings: withRisk });
  const order = [...html.matchAll(/<tr class="finding"[^>]*>(?:<td class="num">[^<]*<\/td>)?<td><span class="sev[^>]*>[^<]*<\/span><\/td><td><span class="st st-([a-z]+)">[^<]*<\/span><\/td><td><code>([^<]+)<\/code>/g)].map((m) => `${m[1]} ${m[2]}`);
  assert.equal(order[0], 'fail aws-s3-bucket-special-chars', 'the risk-99 failure leads');
  assert.ok(html.includes('<th>Risk</th>'));
  assert.match(html, /\+60 public-exposure: open to the world/);
  const statuses = order.map((o) => o.split(' ')[0]);
  assert.deepEqual(statuses, [...statuses].sort((a, b) => ['fail', 'unknown', 'pass', 'muted'].indexOf(a!) - ['fail', 'unknown', 'pass', 'muted'].indexOf(b!)));
});

test('the compliance report puts the framework first with its sections, requirements and evidence', () => {
  const report = fixtureReport();
  const c = evaluateCompliance(loadFrameworks().filter((f) => f.id === 'cis-aws-foundations-3.0'), report);
  const html = renderComplianceHtml(report, c);
  assert.match(html, /<title>Compliance report: CIS Amazon Web Services Foundations Benchmark 3\.0\.0<\/title>/);
  assert.ok(html.indexOf('id="compliance"') < html.indexOf('id="findings"'));
  assert.match(html, /Score by section/);
  assert.match(html, /<code>1\.5<\/code><\/td><td>The root user has MFA enabled<\/td><td><span class="st st-fail">fail<\/span>/);
  assert.match(html, /<code>1\.1<\/code>.*?st-manual/s);
  assert.match(html, /Evidence \(1\)/);
});
