import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { render, SECURITY_SEVERITY } from './index.js';
import { fixtureReport } from '../test-support/fixture.js';

const schema = JSON.parse(readFileSync(new URL('./schema/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;

/** Formats the schema uses, checked for real (ajv-formats is not a dependency). */
function withFormats(ajv: Ajv2020): Ajv2020 {
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => !/[\s"<>\\^`{|}]/.test(s) && URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s)));
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  return ajv;
}
const validate = withFormats(new Ajv2020({ allErrors: true, strict: false })).compile(schema);

function check(log: unknown): void {
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const parse = (opts = {}): Json => JSON.parse(render(fixtureReport(), { srcRoot: '/repo', ...opts }));

test('the vendored schema rejects what it should (the validator is live)', () => {
  assert.equal(validate({ version: '2.1.0', runs: [] }), true);
  assert.equal(validate({ version: '2.0.0', runs: [] }), false);
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false, 'driver.name is required');
  const log = parse();
  log.runs[0].results[0].level = 'fatal';
  assert.equal(validate(log), false);
});

test('output validates against the SARIF 2.1.0 schema, with and without unknown results', () => {
  check(parse());
  check(parse({ includeUnknown: true }));
  check(JSON.parse(render({ ...fixtureReport(), findings: [], errors: [] })));
  check(JSON.parse(render({ ...fixtureReport(), scan: { ...fixtureReport().scan, finishedAt: '' } })));
});

test('run shape: driver, rules with GitHub properties, results only for fail', () => {
  const log = parse();
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  const driver = run.tool.driver;
  assert.equal(driver.name, 'cloudwarden');
  assert.ok(driver.informationUri.startsWith('https://'));
  const ids = driver.rules.map((r: Json) => r.id);
  assert.deepEqual(ids, [...ids].sort());
  const crit = driver.rules.find((r: Json) => r.id === 'aws-s3-bucket-public-access-block');
  assert.equal(crit.properties['security-severity'], '9.5');
  assert.equal(typeof crit.properties['security-severity'], 'string');
  assert.equal(crit.defaultConfiguration.level, 'error');
  assert.ok(crit.help.markdown.includes('### Remediation') && crit.help.text.includes('Terraform'));
  assert.ok(crit.helpUri.startsWith('https://'));
  const info = driver.rules.find((r: Json) => r.id === 'aws-iam-root-mfa');
  assert.equal(info.properties['security-severity'], undefined, 'info has no GitHub security band');

  const results = run.results;
  assert.deepEqual(results.map((r: Json) => r.ruleId).sort(), [
    'aws-ec2-instance-user-data-secrets', 'aws-iam-root-mfa', 'aws-s3-bucket-logging', 'aws-s3-bucket-public-access-block', 'aws-s3-bucket-special-chars',
  ]);
  for (const r of results) {
    assert.equal(driver.rules[r.ruleIndex].id, r.ruleId, 'ruleIndex points at the rule');
    assert.ok(r.partialFingerprints['cloudwardenFingerprint/v1']);
    assert.equal(r.kind, 'fail');
  }
});

test('locations are relative %SRCROOT% URIs with line regions; absolute paths are made relative', () => {
  const report = fixtureReport();
  const findings = report.findings.map((f) => (f.fingerprint === 'fp-crit' ? { ...f, location: { ...f.location!, file: '/repo/infra/abs.tf' } } : f));
  const log = JSON.parse(render({ ...report, findings }, { srcRoot: '/repo' }));
  const byFp = (fp: string): Json => log.runs[0].results.find((r: Json) => r.partialFingerprints['cloudwardenFingerprint/v1'] === fp);
  assert.deepEqual(byFp('fp-crit').locations[0].physicalLocation, { artifactLocation: { uri: 'infra/abs.tf', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, endLine: 9 } });
  assert.deepEqual(byFp('fp-secret').locations[0].physicalLocation, {
    artifactLocation: { uri: 'infra/dir%20with%20space/ec2.tf', uriBaseId: '%SRCROOT%' },
    region: { startLine: 20, endLine: 20, startColumn: 3 },
  });
  assert.equal(byFp('fp-special').locations[0].physicalLocation.artifactLocation.uri, 'infra/odd%26%3C%3E.tf');
  const live = byFp('fp-info');
  assert.equal(live.locations[0].physicalLocation, undefined);
  assert.equal(live.locations[0].logicalLocations[0].fullyQualifiedName, 'arn:aws:iam::111122223333:root');
});

test('muted findings carry suppressions; unknown go to notifications unless includeUnknown', () => {
  const run = parse().runs[0];
  const muted = run.results.find((r: Json) => r.ruleId === 'aws-s3-bucket-logging');
  assert.deepEqual(muted.suppressions, [{ kind: 'inSource', status: 'accepted', justification: 'logs bucket cannot log to itself' }]);
  assert.ok(!run.results.some((r: Json) => r.ruleId === 'aws-s3-bucket-encryption'));
  const notes = run.invocations[0].toolExecutionNotifications;
  const unknown = notes.find((n: Json) => n.associatedRule?.id === 'aws-s3-bucket-encryption');
  assert.equal(unknown.level, 'note');
  assert.match(unknown.message.text, /^Could not be determined/);
  const parseError = notes.find((n: Json) => n.level === 'error');
  assert.equal(parseError.locations[0].physicalLocation.artifactLocation.uri, 'infra/broken.tf');
  assert.deepEqual(parseError.locations[0].physicalLocation.region, { startLine: 4, startColumn: 7 });

  const withUnknown = parse({ includeUnknown: true }).runs[0];
  const u = withUnknown.results.find((r: Json) => r.ruleId === 'aws-s3-bucket-encryption');
  assert.equal(u.kind, 'review');
  assert.equal(u.level, 'none');
});

test('security-severity values sit inside GitHub bands', () => {
  const n = (s: string | undefined): number => Number(s);
  assert.ok(n(SECURITY_SEVERITY.critical) >= 9.0);
  assert.ok(n(SECURITY_SEVERITY.high) >= 7.0 && n(SECURITY_SEVERITY.high) < 9.0);
  assert.ok(n(SECURITY_SEVERITY.medium) >= 4.0 && n(SECURITY_SEVERITY.medium) < 7.0);
  assert.ok(n(SECURITY_SEVERITY.low) > 0 && n(SECURITY_SEVERITY.low) < 4.0);
});

test('sarif: results carry properties.riskScore and its factors; security-severity stays the severity', () => {
  const log = JSON.parse(render(fixtureReport())) as { runs: { tool: { driver: { rules: { id: string; properties: Record<string, unknown> }[] } }; results: { ruleId: string; properties: { riskScore: number; riskFactors?: { factor: string }[] } }[] }[] };
  const run = log.runs[0]!;
  const crit = run.results.find((r) => r.ruleId === 'aws-s3-bucket-public-access-block')!;
  assert.equal(crit.properties.riskScore, 90);
  assert.deepEqual(crit.properties.riskFactors!.map((f) => f.factor), ['severity', 'public-exposure']);
  const rule = run.tool.driver.rules.find((r) => r.id === 'aws-s3-bucket-public-access-block')!;
  assert.equal(rule.properties['security-severity'], SECURITY_SEVERITY.critical);
  assert.equal(run.results.find((r) => r.ruleId === 'aws-iam-root-mfa')!.properties.riskScore, 0, 'an unscored finding reads as 0');
});
