import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render, PARSE_SUITE } from './index.js';
import { xmlEscape } from './xml.js';
import { fixtureReport, SPECIAL } from '../test-support/fixture.js';
import { findAll, parseXml } from '../test-support/xml.js';

test('JUnit output is well-formed and its counts add up', () => {
  const doc = parseXml(render(fixtureReport()));
  assert.equal(doc.name, 'testsuites');
  const suites = findAll(doc, 'testsuite');
  let tests = 0, failures = 0, skipped = 0, errors = 0;
  for (const s of suites) {
    const cases = findAll(s, 'testcase');
    assert.equal(Number(s.attrs.tests), cases.length, `tests of ${s.attrs.name}`);
    assert.equal(Number(s.attrs.failures), findAll(s, 'failure').length);
    assert.equal(Number(s.attrs.skipped), findAll(s, 'skipped').length);
    assert.equal(Number(s.attrs.errors), findAll(s, 'error').length);
    tests += cases.length;
    failures += findAll(s, 'failure').length;
    skipped += findAll(s, 'skipped').length;
    errors += findAll(s, 'error').length;
  }
  assert.deepEqual(
    { tests: Number(doc.attrs.tests), failures: Number(doc.attrs.failures), skipped: Number(doc.attrs.skipped), errors: Number(doc.attrs.errors) },
    { tests, failures, skipped, errors },
  );
  // 7 findings + 1 parse error; 4 unmuted failures; muted + unknown skipped.
  assert.deepEqual({ tests, failures, skipped, errors }, { tests: 8, failures: 4, skipped: 2, errors: 1 });
  assert.equal(doc.attrs.time, '3.000');
  assert.equal(suites[0]!.attrs.timestamp, '2026-01-01T10:00:00');
});

test('one suite per rule (sorted), one case per rule x resource, named by address', () => {
  const doc = parseXml(render(fixtureReport()));
  const names = findAll(doc, 'testsuite').map((s) => s.attrs.name!);
  assert.deepEqual(names.slice(0, -1), [...names.slice(0, -1)].sort());
  assert.equal(names.at(-1), PARSE_SUITE);
  const crit = findAll(doc, 'testcase').find((c) => c.attrs.classname === 'aws-s3-bucket-public-access-block')!;
  assert.equal(crit.attrs.name, 'aws_s3_bucket.logs');
  const failure = findAll(crit, 'failure')[0]!;
  assert.equal(failure.attrs.type, 'critical');
  assert.match(failure.text, /infra\/main\.tf:3-9/);
});

test('muted and unknown are skipped with the reason; special characters survive escaping', () => {
  const doc = parseXml(render(fixtureReport()));
  const skipped = findAll(doc, 'skipped').map((s) => s.attrs.message);
  assert.ok(skipped.includes('muted (fail): logs bucket cannot log to itself'));
  assert.ok(skipped.some((m) => m?.startsWith('unknown: could not be determined: bucket encryption depends on var.kms_key')));
  const special = findAll(doc, 'testcase').find((c) => c.attrs.classname === 'aws-s3-bucket-special-chars')!;
  assert.equal(special.attrs.name, 'aws_s3_bucket.odd["a,b"]');
  assert.equal(special.attrs.file, 'infra/odd&<>.tf');
  // The bell character cannot exist in XML 1.0 and is replaced; everything else round-trips, newlines included.
  assert.equal(findAll(special, 'failure')[0]!.attrs.message, SPECIAL.replace('\u0007', '\uFFFD'));
});

test('includePassed: false drops passing cases only', () => {
  const doc = parseXml(render(fixtureReport(), { includePassed: false }));
  assert.equal(findAll(doc, 'testcase').length, 7);
  assert.ok(!findAll(doc, 'testsuite').some((s) => s.attrs.name === 'aws-s3-bucket-versioning'));
});

test('xmlEscape escapes markup and drops forbidden characters', () => {
  assert.equal(xmlEscape('a<b>&c'), 'a&lt;b&gt;&amp;c');
  assert.equal(xmlEscape(`"'\n`, true), '&quot;&apos;&#10;');
  assert.equal(xmlEscape('x\u0000y\uD800'), 'x\uFFFDy\uFFFD');
  assert.equal(xmlEscape('😀'), '😀', 'surrogate pairs are kept');
});

test('junit: failing, unknown and muted cases carry a riskScore property', () => {
  const doc = parseXml(render(fixtureReport()));
  const crit = findAll(doc, 'testcase').find((c) => c.attrs.classname === 'aws-s3-bucket-public-access-block')!;
  assert.deepEqual(findAll(crit, 'property').map((p) => [p.attrs.name, p.attrs.value]), [['riskScore', '90']]);
  const unknown = findAll(doc, 'testcase').find((c) => c.attrs.classname === 'aws-s3-bucket-encryption')!;
  assert.equal(findAll(unknown, 'property')[0]!.attrs.value, '25');
});
