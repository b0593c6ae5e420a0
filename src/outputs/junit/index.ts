import type { Finding } from '../../findings/finding.js';
import type { ScanReport } from '../../findings/report.js';
import { locationText, prepareReport, resourceLabel } from '../common.js';
import { openTag, xmlEscape } from './xml.js';

/** Options of the JUnit format. */
export interface JunitOptions {
  /** Emit a testcase for passing checks too (default true: CI dashboards count them). */
  readonly includePassed?: boolean;
}

/** The suite that carries input errors (files that failed to parse), one `<error>` testcase each. */
export const PARSE_SUITE = 'cloudwarden.parse-errors';

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

/** The risk score as a testcase property (the form GitLab and Jenkins show beside a case). */
function riskProperty(f: Finding): string {
  return `\n      <properties>${openTag('property', { name: 'riskScore', value: f.risk?.score ?? 0 }, true)}</properties>`;
}

function testcase(f: Finding, c: Counts): string {
  const name = resourceLabel(f);
  const where = locationText(f) || f.resource.id;
  const head = openTag('testcase', { classname: f.ruleId, name, file: f.location?.file, line: f.location?.startLine }) + riskProperty(f);
  c.tests++;
  if (f.muted) {
    c.skipped++;
    return `    ${head}\n      ${openTag('skipped', { message: `muted (${f.status}): ${f.muted.reason}` }, true)}\n    </testcase>`;
  }
  if (f.status === 'unknown') {
    c.skipped++;
    return `    ${head}\n      ${openTag('skipped', { message: `unknown: could not be determined: ${f.message}` }, true)}\n    </testcase>`;
  }
  if (f.status === 'fail') {
    c.failures++;
    const body = `${f.severity.toUpperCase()} ${f.ruleId}: ${f.title}\nResource: ${f.resource.type} ${name}\nLocation: ${where}\n${f.message}`;
    return `    ${head}\n      ${openTag('failure', { message: f.message, type: f.severity })}${xmlEscape(body)}</failure>\n    </testcase>`;
  }
  return `    ${openTag('testcase', { classname: f.ruleId, name, file: f.location?.file, line: f.location?.startLine }, true)}`;
}

/** JUnit's schema wants a local date-time without zone or fraction; ours are UTC ISO strings. */
function junitTimestamp(iso: string): string | undefined {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.exec(iso)?.[0];
}

function suite(name: string, cases: string[], c: Counts, timestamp: string): string {
  return [
    `  ${openTag('testsuite', { name, tests: c.tests, failures: c.failures, errors: c.errors, skipped: c.skipped, timestamp: junitTimestamp(timestamp) })}`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

function durationSeconds(r: ScanReport): string | undefined {
  const ms = Date.parse(r.scan.finishedAt) - Date.parse(r.scan.startedAt);
  return Number.isFinite(ms) && ms >= 0 ? (ms / 1000).toFixed(3) : undefined;
}

/**
 * JUnit XML for CI systems: one `<testsuite>` per rule (sorted by id), one `<testcase>` per rule ×
 * resource (classname = rule id, name = resource address or id). `fail` → `<failure>`; muted and
 * `unknown` → `<skipped>` with the reason; parse errors → `<error>` cases in {@link PARSE_SUITE}.
 */
export function render(report: ScanReport, opts: JunitOptions = {}): string {
  const r = prepareReport(report);
  const includePassed = opts.includePassed ?? true;
  const byRule = new Map<string, Finding[]>();
  for (const f of r.findings) {
    if (f.status === 'pass' && !f.muted && !includePassed) continue;
    const l = byRule.get(f.ruleId);
    if (l) l.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const suites: string[] = [];
  for (const ruleId of [...byRule.keys()].sort()) {
    const c: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    const cases = byRule.get(ruleId)!.map((f) => testcase(f, c));
    suites.push(suite(ruleId, cases, c, r.scan.startedAt));
    for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
  }
  if (r.errors.length) {
    const c: Counts = { tests: r.errors.length, failures: 0, errors: r.errors.length, skipped: 0 };
    const cases = r.errors.map((e) => {
      const where = `${e.file}:${e.line}:${e.column}`;
      return `    ${openTag('testcase', { classname: PARSE_SUITE, name: e.file, file: e.file, line: e.line })}\n      ${openTag('error', { message: e.message, type: 'parse' })}${xmlEscape(`${where}: ${e.message}`)}</error>\n    </testcase>`;
    });
    suites.push(suite(PARSE_SUITE, cases, c, r.scan.startedAt));
    total.tests += c.tests;
    total.errors += c.errors;
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    openTag('testsuites', { name: `${r.tool.name} ${r.scan.id}`, time: durationSeconds(r), tests: total.tests, failures: total.failures, errors: total.errors, skipped: total.skipped }),
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
