/**
 * Framework data files: each one loads and validates, its requirement ids are unique, and each requirement
 * is either automated (names at least one rule) or marked manual with a note saying why. The check that
 * every referenced rule exists needs the rule registry, so it lives in `integration/frameworks.test.ts`.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { frameworksFor, loadFrameworks } from './index.js';

const DATA_DIR = fileURLToPath(new URL('./', import.meta.url));
const frameworks = loadFrameworks();

describe('framework data files', () => {
  test('at least the CIS AWS Foundations 3.0 framework loads', () => {
    const cis = frameworks.find((f) => f.id === 'cis-aws-foundations-3.0');
    assert.ok(cis, 'cis-aws-foundations-3.0 not loaded');
    assert.equal(cis.name, 'CIS Amazon Web Services Foundations Benchmark');
    assert.equal(cis.version, '3.0.0');
    assert.equal(cis.provider, 'aws');
    assert.equal(cis.file, join('aws', 'cis-aws-foundations-3.0.yaml'));
  });

  test('framework ids are unique and each file sits under its provider folder', () => {
    assert.equal(new Set(frameworks.map((f) => f.id)).size, frameworks.length);
    for (const fw of frameworks) assert.ok(fw.file.startsWith(fw.provider + '/') || fw.file.startsWith(fw.provider + '\\'), fw.file);
  });

  test('every framework issue 4 asks for is shipped, each in the file named after its id', () => {
    const expected = [
      'cis-aws-foundations-3.0', 'cis-aws-foundations-5.0', 'aws-foundational-security-best-practices', 'nist-800-53-rev5',
      'fedramp-moderate-rev5', 'iso-27001-2022', 'soc2-2017', 'hipaa-security-rule', 'pci-dss-4.0', 'gdpr',
    ];
    for (const id of expected) assert.equal(frameworks.find((f) => f.id === id)?.file, join('aws', `${id}.yaml`), id);
  });

  for (const fw of frameworks) {
    describe(fw.id, () => {
      test('requirement ids are unique', () => {
        const seen = new Set<string>();
        for (const r of fw.requirements) {
          assert.ok(!seen.has(r.id), `duplicate requirement ${r.id}`);
          seen.add(r.id);
        }
      });

      test('every requirement has a title and a section', () => {
        for (const r of fw.requirements) {
          assert.ok(r.title.trim(), `${r.id}: empty title`);
          assert.ok(r.section.trim(), `${r.id}: empty section`);
        }
      });

      test('every requirement is automated (>= 1 rule) or manual, never both', () => {
        for (const r of fw.requirements) {
          assert.ok(r.rules.length > 0 || r.manual, `${r.id}: neither rules nor manual`);
          assert.ok(!(r.rules.length > 0 && r.manual), `${r.id}: manual yet lists rules`);
          assert.equal(new Set(r.rules).size, r.rules.length, `${r.id}: a rule listed twice`);
        }
      });

      test('every manual requirement says whether it is manual by nature or not automated yet', () => {
        const raw = parse(readFileSync(join(DATA_DIR, fw.file), 'utf8')) as { requirements: { id: unknown; manual?: boolean; note?: unknown }[] };
        for (const r of raw.requirements.filter((x) => x.manual === true)) {
          assert.equal(typeof r.note, 'string', `${String(r.id)}: manual without a note`);
          assert.match(r.note as string, /^(manual by nature|not automated yet)/, `${String(r.id)}: note`);
        }
      });
    });
  }
});

describe('CIS AWS Foundations 3.0 contents', () => {
  const cis = frameworks.find((f) => f.id === 'cis-aws-foundations-3.0');
  const ids = (prefix: string): string[] => (cis?.requirements ?? []).filter((r) => r.id.startsWith(prefix)).map((r) => r.id);
  const range = (p: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${p}${i + 1}`);

  test('lists every control of v3.0.0, in order', () => {
    assert.deepEqual(ids('1.'), range('1.', 22));
    assert.deepEqual(ids('2.'), ['2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.2.1', '2.3.1', '2.3.2', '2.3.3', '2.4.1']);
    assert.deepEqual(ids('3.'), range('3.', 9));
    assert.deepEqual(ids('4.'), range('4.', 16));
    assert.deepEqual(ids('5.'), range('5.', 6));
    assert.equal(cis?.requirements.length, 62);
  });

  test('controls that need a person stay manual', () => {
    for (const id of ['1.1', '1.3', '1.18', '1.21', '2.1.3', '5.5']) {
      const r = cis?.requirements.find((x) => x.id === id);
      assert.equal(r?.manual, true, id);
      assert.deepEqual(r?.rules, [], id);
    }
  });

  test('frameworksFor maps the bucket public access block rule to 2.1.4', () => {
    // Other frameworks map the same rules; this test pins the CIS 3.0 mapping only.
    const cis3 = (ruleId: string) => frameworksFor(ruleId).filter((x) => x.framework === 'cis-aws-foundations-3.0');
    assert.deepEqual(cis3('aws-s3-bucket-public-access-block'), [{ framework: 'cis-aws-foundations-3.0', requirement: '2.1.4' }]);
    assert.deepEqual(
      frameworksFor('aws-ec2-sg-ssh-open').filter((x) => x.framework === 'cis-aws-foundations-3.0').map((x) => x.requirement),
      ['5.2', '5.3'],
    );
    assert.deepEqual(cis3('aws-cloudwatch-alarm-root-usage'), [{ framework: 'cis-aws-foundations-3.0', requirement: '4.3' }]);
    assert.deepEqual(frameworksFor('no-such-rule'), []);
  });
});

describe('loader validation', () => {
  const write = (body: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-fw-'));
    mkdirSync(join(dir, 'aws'));
    writeFileSync(join(dir, 'aws', 'x-1.0.yaml'), body);
    return dir;
  };
  const rejects = (body: string, message: RegExp): void => {
    const dir = write(body);
    try {
      assert.throws(() => loadFrameworks(dir), message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  test('rejects a file without an id, a requirement without a title, and rules that are not ids', () => {
    rejects('name: X\nversion: "1"\nprovider: aws\nrequirements: []\n', /missing id/);
    rejects('id: x\nname: X\nversion: "1"\nprovider: aws\nrequirements:\n  - id: "1"\n', /requirements\[0\]: title/);
    rejects('id: x\nname: X\nversion: "1"\nprovider: aws\nrequirements:\n  - id: "1"\n    title: t\n    rules: [1]\n', /rule ids/);
  });

  test('keeps a requirement note and the framework url and description; rejects a note that is not text', () => {
    const dir = write('id: x\nname: X\nversion: "1"\nprovider: aws\nurl: https://example.org/x\ndescription: a subset\nrequirements:\n  - id: "1"\n    title: t\n    manual: true\n    note: "manual by nature: a person decides"\n');
    try {
      const [fw] = loadFrameworks(dir);
      assert.equal(fw?.url, 'https://example.org/x');
      assert.equal(fw?.description, 'a subset');
      assert.equal(fw?.requirements[0]?.note, 'manual by nature: a person decides');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    rejects('id: x\nname: X\nversion: "1"\nprovider: aws\nrequirements:\n  - id: "1"\n    title: t\n    note: [a]\n', /note must be text/);
  });

  test('reads numeric ids as strings and defaults manual to false', () => {
    const dir = write('id: x\nname: X\nversion: "1"\nprovider: aws\nrequirements:\n  - id: 1.1\n    title: t\n    rules: [r]\n');
    try {
      const [fw] = loadFrameworks(dir);
      assert.equal(fw?.requirements[0]?.id, '1.1');
      assert.equal(fw?.requirements[0]?.manual, false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
