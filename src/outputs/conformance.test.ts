/**
 * The shared conformance suite of the output formats: every renderer gets the same fixture
 * report and must name every failing rule, never print a secret, and be deterministic.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FORMATS, isOutputFormat, renderReport, type OutputFormat } from './index.js';
import { FIXTURE_FINDINGS, SECRET_IN_MESSAGE, SENSITIVE_VALUE, fixtureReport } from './test-support/fixture.js';

const failing = FIXTURE_FINDINGS.filter((f) => f.status === 'fail');

for (const format of FORMATS) {
  describe(`output conformance: ${format}`, () => {
    const render = (o = {}) => renderReport(format, fixtureReport(), { color: false, ...o });

    test('mentions every failing finding rule id', () => {
      const out = render();
      for (const f of failing) assert.ok(out.includes(f.ruleId), `${format} output lacks ${f.ruleId}`);
    });

    test('never contains a sensitive value or a secret from a message or error', () => {
      for (const out of [render(), renderReport(format, fixtureReport(), { color: true, showPassed: true, includeUnknown: true })]) {
        assert.ok(!out.includes(SENSITIVE_VALUE), `${format} leaks the sensitive evidence value`);
        assert.ok(!out.includes(SECRET_IN_MESSAGE), `${format} leaks the access key id`);
        assert.ok(!out.includes('hunter2hunter2'), `${format} leaks the password in a parse error`);
      }
    });

    test('is deterministic for the same report', () => {
      assert.equal(render(), render());
      assert.equal(renderReport(format, fixtureReport(), { color: false }), renderReport(format, structuredClone(fixtureReport()), { color: false }));
    });

    test('does not modify the report it renders', () => {
      const r = fixtureReport();
      const before = JSON.stringify(r);
      renderReport(format, r, { color: false });
      assert.equal(JSON.stringify(r), before);
    });

    test('renders an empty report', () => {
      const empty = { ...fixtureReport(), findings: [], errors: [] };
      assert.ok(renderReport(format, empty, { color: false }).length > 0);
    });
  });
}

/** The formats that show each finding's risk score (issue 4). */
const RISK_FORMATS: readonly OutputFormat[] = ['table', 'json', 'sarif', 'junit', 'csv', 'html'];
for (const format of RISK_FORMATS) {
  test(`output conformance: ${format} shows the risk score`, () => {
    const out = renderReport(format, fixtureReport(), { color: false });
    const top = FIXTURE_FINDINGS.find((f) => f.fingerprint === 'fp-crit')!.risk!.score;
    assert.match(out, new RegExp(`\\b${top}\\b`), `${format} lacks the risk score ${top}`);
    assert.match(out, /\b67\b/, `${format} lacks the risk score 67`);
  });
}

test('FORMATS and isOutputFormat agree; unknown formats are rejected', () => {
  assert.deepEqual([...FORMATS].sort(), ['csv', 'html', 'json', 'junit', 'sarif', 'table']);
  assert.ok(FORMATS.every(isOutputFormat));
  assert.ok(!isOutputFormat('pdf'));
  assert.throws(() => renderReport('pdf' as OutputFormat, fixtureReport()), /unknown output format/);
});
