/**
 * The executable contract of {@link FindingsStore}: every implementation (SQLite now, PostgreSQL
 * later) registers these tests with its own `open`, which must return a fresh, empty store.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Resource } from '../../model/core/index.js';
import type { Finding } from '../finding.js';
import type { DetectionRecord } from '../detection.js';
import { summarize } from '../summary.js';
import type { FindingsStore } from './types.js';
import { conformanceFinding as finding, conformanceResource as resource } from './conformance-fixtures.js';

const SECRET = 'AKIAIOSFODNN7EXAMPLE';
const PLAIN_SECRET = 'hunter2-correct-horse';

async function withStore(open: () => Promise<FindingsStore>, fn: (s: FindingsStore) => Promise<void>): Promise<void> {
  const s = await open();
  try {
    await fn(s);
  } finally {
    await s.close();
  }
}

async function scanWith(s: FindingsStore, findings: readonly Finding[], startedAt: string, extra: { kind?: 'iac' | 'live'; sources?: string[]; finish?: boolean } = {}): Promise<string> {
  const id = await s.beginScan({ kind: extra.kind ?? 'iac', sources: extra.sources ?? ['infra/'], startedAt, toolVersion: '0.1.0' });
  await s.addFindings(id, findings);
  if (extra.finish !== false) await s.finishScan(id, summarize(findings), startedAt.replace('00Z', '59Z'));
  return id;
}

/** Registers the conformance tests for one store implementation under `describe(name)`. */
export function storeConformance(name: string, open: () => Promise<FindingsStore>): void {
  describe(`FindingsStore conformance: ${name}`, () => {
    test('beginScan / getScan round-trip, before and after finishScan', () =>
      withStore(open, async (s) => {
        const id = await s.beginScan({ kind: 'iac', sources: ['a/', 'b.tf'], startedAt: '2026-01-01T10:00:00.000Z', toolVersion: '1.2.3' });
        assert.deepEqual(await s.getScan(id), { id, kind: 'iac', sources: ['a/', 'b.tf'], startedAt: '2026-01-01T10:00:00.000Z', toolVersion: '1.2.3' });
        const summary = summarize([finding({ status: 'fail' })], { filesScanned: 2, filesFailed: ['b.tf'] });
        await s.finishScan(id, summary, '2026-01-01T10:00:05.000Z');
        const got = await s.getScan(id);
        assert.equal(got?.finishedAt, '2026-01-01T10:00:05.000Z');
        assert.deepEqual(got?.summary, summary);
        assert.equal(await s.getScan('no-such-scan'), undefined);
      }));

    test('caller-chosen scan ids are kept and must be unique; generated ids differ', () =>
      withStore(open, async (s) => {
        assert.equal(await s.beginScan({ id: 'scan-1', kind: 'live', sources: ['111122223333'], toolVersion: '0' }), 'scan-1');
        await assert.rejects(s.beginScan({ id: 'scan-1', kind: 'live', sources: [], toolVersion: '0' }));
        const a = await s.beginScan({ kind: 'iac', sources: [], toolVersion: '0' });
        const b = await s.beginScan({ kind: 'iac', sources: [], toolVersion: '0' });
        assert.notEqual(a, b);
        assert.match((await s.getScan(a))!.startedAt, /^\d{4}-\d\d-\d\dT/);
      }));

    test('writes and per-scan reads of an unknown scan are rejected', () =>
      withStore(open, async (s) => {
        await assert.rejects(s.addFindings('nope', [finding()]));
        await assert.rejects(s.addResources('nope', [resource('r')]));
        await assert.rejects(s.addErrors('nope', [{ file: 'f', line: 1, column: 1, message: 'm' }]));
        await assert.rejects(s.finishScan('nope', summarize([])));
        await assert.rejects(s.getFindings('nope'));
        await assert.rejects(s.getResources('nope'));
        await assert.rejects(s.getErrors('nope'));
      }));

    test('findings round-trip exactly, in insertion order across batches, per scan', () =>
      withStore(open, async (s) => {
        const first = [finding({ ruleId: 'r-b', fingerprint: 'f1' }), finding({ ruleId: 'r-a', fingerprint: 'f2', status: 'pass' })];
        const second = [finding({ ruleId: 'r-c', fingerprint: 'f3', status: 'unknown', muted: { reason: 'accepted risk', by: 'config', expires: '2027-01-01' } })];
        const id = await s.beginScan({ kind: 'iac', sources: [], toolVersion: '0' });
        const other = await scanWith(s, [finding({ fingerprint: 'other' })], '2026-01-01T09:00:00.000Z');
        await s.addFindings(id, first);
        await s.addFindings(id, second);
        await s.addFindings(id, []);
        assert.deepEqual(await s.getFindings(id), [...first, ...second]);
        assert.deepEqual((await s.getFindings(other)).map((f) => f.fingerprint), ['other']);
      }));

    test('getFindings filters by status, severity, rule id and muted, singly and combined', () =>
      withStore(open, async (s) => {
        const fs = [
          finding({ fingerprint: '1', status: 'fail', severity: 'critical', ruleId: 'x' }),
          finding({ fingerprint: '2', status: 'fail', severity: 'low', ruleId: 'y', muted: { reason: 'r', by: 'inline' } }),
          finding({ fingerprint: '3', status: 'pass', severity: 'critical', ruleId: 'x' }),
          finding({ fingerprint: '4', status: 'unknown', severity: 'high', ruleId: 'z' }),
        ];
        const id = await scanWith(s, fs, '2026-01-01T10:00:00.000Z');
        const fps = async (filter: Parameters<FindingsStore['getFindings']>[1]) => (await s.getFindings(id, filter)).map((f) => f.fingerprint);
        assert.deepEqual(await fps({ status: 'fail' }), ['1', '2']);
        assert.deepEqual(await fps({ status: ['pass', 'unknown'] }), ['3', '4']);
        assert.deepEqual(await fps({ severity: 'critical' }), ['1', '3']);
        assert.deepEqual(await fps({ severity: ['high', 'low'] }), ['2', '4']);
        assert.deepEqual(await fps({ ruleId: 'x' }), ['1', '3']);
        assert.deepEqual(await fps({ muted: true }), ['2']);
        assert.deepEqual(await fps({ muted: false, status: 'fail' }), ['1']);
        assert.deepEqual(await fps({ status: 'fail', severity: 'critical', ruleId: 'x', muted: false }), ['1']);
        assert.deepEqual(await fps({ status: [] }), []);
        assert.deepEqual(await fps({ ruleId: 'nothing' }), []);
      }));

    test('risk scores round-trip with their factors and filter with minRisk', () =>
      withStore(open, async (s) => {
        const risk = (score: number): Finding['risk'] => ({
          score,
          factors: [{ factor: 'severity', points: Math.min(score, 70), detail: 'critical severity' }, ...(score > 70 ? [{ factor: 'public-exposure', points: score - 70, detail: 'public IP 203.0.113.7 and security group sg-1 admits the internet' }] : [])],
        });
        const fs = [finding({ fingerprint: 'r90', risk: risk(90) }), finding({ fingerprint: 'r30', risk: risk(30) }), finding({ fingerprint: 'none' })];
        const id = await scanWith(s, fs, '2026-01-01T10:30:00.000Z');
        assert.deepEqual(await s.getFindings(id), fs);
        assert.deepEqual((await s.getFindings(id, { minRisk: 30 })).map((f) => f.fingerprint), ['r90', 'r30']);
        assert.deepEqual((await s.getFindings(id, { minRisk: 31, status: 'fail' })).map((f) => f.fingerprint), ['r90']);
        assert.deepEqual((await s.getFindings(id, { minRisk: 0 })).length, 3);
      }));

    test('resources round-trip in order, filter by type, and sensitive properties are not stored', () =>
      withStore(open, async (s) => {
        const id = await s.beginScan({ kind: 'live', sources: ['111122223333'], toolVersion: '0' });
        const withUserData = resource('i-1', 'aws.ec2.instance', { userData: { kind: 'explicit', value: `#!/bin/sh\nexport KEY=${PLAIN_SECRET}`, source: { kind: 'none' } }, note: `key ${SECRET}` });
        await s.addResources(id, [resource('b-1'), withUserData]);
        await s.addResources(id, [resource('b-2')]);
        const all = await s.getResources(id);
        assert.deepEqual(all.map((r) => r.uid), ['b-1', 'i-1', 'b-2']);
        assert.deepEqual((await s.getResources(id, { type: 'aws.s3.bucket' })).map((r) => r.uid), ['b-1', 'b-2']);
        const inst = all[1]!;
        assert.equal(inst.type, 'aws.ec2.instance');
        assert.equal(inst.account, '111122223333');
        assert.equal(inst.region, 'eu-west-1');
        assert.deepEqual(inst.origin, { kind: 'live', call: 'ec2:DescribeInstances' });
        assert.deepEqual(inst.properties, { userData: { kind: 'explicit', value: '[redacted]', source: { kind: 'none' } }, note: 'key [redacted]' });
        assert.deepEqual(all[0]!.properties, { versioning: { kind: 'explicit', value: true, source: { kind: 'iac', file: 'main.tf', startLine: 3, endLine: 3 } } });
        assert.deepEqual(all[0]!.tags, { kind: 'explicit', value: { env: 'prod' }, source: { kind: 'none' } });
        const text = JSON.stringify(all);
        assert.ok(!text.includes(PLAIN_SECRET) && !text.includes(SECRET));
      }));

    test('input errors round-trip in order, with secrets redacted from messages', () =>
      withStore(open, async (s) => {
        const id = await s.beginScan({ kind: 'iac', sources: [], toolVersion: '0' });
        await s.addErrors(id, [{ file: 'a.tf', line: 3, column: 7, message: 'unexpected token' }]);
        await s.addErrors(id, [{ file: 'b.yaml', line: 1, column: 1, message: `bad line: password=${PLAIN_SECRET}` }]);
        assert.deepEqual(await s.getErrors(id), [
          { file: 'a.tf', line: 3, column: 7, message: 'unexpected token' },
          { file: 'b.yaml', line: 1, column: 1, message: 'bad line: password=[redacted]' },
        ]);
      }));

    test('detections round-trip in order across batches, per scan, with secrets redacted from messages', () =>
      withStore(open, async (s) => {
        const a = await s.beginScan({ kind: 'detect', sources: ['AWSLogs/'], toolVersion: '0' });
        const b = await s.beginScan({ kind: 'detect', sources: ['other/'], toolVersion: '0' });
        const d = (id: string, message: string): DetectionRecord => ({
          detectionId: id, title: id, severity: 'high', time: '2026-11-27T13:04:00.000Z', firstTime: '2026-11-27T13:00:00.000Z',
          principal: { id: 'arn:aws:iam::222222222222:user/maria.ops', name: 'maria.ops', type: 'IAMUser' }, sourceIp: '185.220.101.34', account: '222222222222', region: 'us-east-1',
          message, mitre: { tactic: 'Credential Access', technique: 'T1110', techniqueName: 'Brute Force' }, events: ['e1', 'e2'], eventCount: 2, resources: [], provider: 'aws',
        });
        await s.addDetections(a, [d('aws-cloudtrail-console-brute-force', 'five failures')]);
        await s.addDetections(a, [d('aws-cloudtrail-root-activity', `root used iam:CreateAccessKey, key ${SECRET}`)]);
        await s.addDetections(b, [d('aws-cloudtrail-stop-logging', 'trail stopped')]);
        const got = await s.getDetections(a);
        assert.deepEqual(got.map((x) => x.detectionId), ['aws-cloudtrail-console-brute-force', 'aws-cloudtrail-root-activity']);
        assert.deepEqual(got[0], d('aws-cloudtrail-console-brute-force', 'five failures'));
        assert.ok(!got[1]!.message.includes(SECRET), 'a secret in a message is not stored');
        assert.deepEqual((await s.getDetections(b)).map((x) => x.detectionId), ['aws-cloudtrail-stop-logging']);
        await assert.rejects(() => s.addDetections('no-such-scan', []));
      }));

    test('latestScan without a kind skips detect runs; with kind detect it finds them', () =>
      withStore(open, async (s) => {
        const posture = await scanWith(s, [], '2026-11-27T10:00:00Z', { kind: 'live' });
        const run = await s.beginScan({ kind: 'detect', sources: ['AWSLogs/'], startedAt: '2026-11-27T11:00:00Z', toolVersion: '0' });
        await s.finishScan(run, summarize([]), '2026-11-27T11:05:00Z');
        assert.equal((await s.latestScan())?.id, posture);
        assert.equal((await s.latestScan({ kind: 'detect' }))?.id, run);
      }));

    test('the first-seen baseline keeps each (principal, kind, value) once, with its first and last sighting', () =>
      withStore(open, async (s) => {
        assert.deepEqual(await s.baseline(), []);
        await s.observe([
          { principal: 'arn:aws:iam::1:user/a', kind: 'country', value: 'GB', time: '2026-11-20T10:00:00Z' },
          { principal: 'arn:aws:iam::1:user/a', kind: 'userAgent', value: 'aws-cli', time: '2026-11-20T10:00:00Z' },
        ]);
        await s.observe([
          { principal: 'arn:aws:iam::1:user/a', kind: 'country', value: 'GB', time: '2026-11-27T10:00:00Z' },
          { principal: 'arn:aws:iam::1:user/a', kind: 'country', value: 'GB', time: '2026-11-10T10:00:00Z' },
          { principal: 'arn:aws:iam::1:user/b', kind: 'country', value: 'DE', time: '2026-11-27T11:00:00Z' },
        ]);
        assert.deepEqual(await s.baseline(), [
          { principal: 'arn:aws:iam::1:user/a', kind: 'country', value: 'GB', firstSeen: '2026-11-10T10:00:00Z', lastSeen: '2026-11-27T10:00:00Z' },
          { principal: 'arn:aws:iam::1:user/a', kind: 'userAgent', value: 'aws-cli', firstSeen: '2026-11-20T10:00:00Z', lastSeen: '2026-11-20T10:00:00Z' },
          { principal: 'arn:aws:iam::1:user/b', kind: 'country', value: 'DE', firstSeen: '2026-11-27T11:00:00Z', lastSeen: '2026-11-27T11:00:00Z' },
        ]);
      }));

    test('findings are stored redacted: sensitive evidence, secrets in messages and mute reasons', () =>
      withStore(open, async (s) => {
        const f = finding({
          message: `Lambda env holds ${SECRET}`,
          muted: { reason: `rotating token=${PLAIN_SECRET}`, by: 'config' },
          evidence: [
            { path: 'environment', value: { DB_PASS: PLAIN_SECRET }, kind: 'explicit', source: { kind: 'none' }, sensitive: true },
            { path: 'handler', value: 'index.handler', kind: 'explicit', source: { kind: 'none' } },
          ],
        });
        const id = await scanWith(s, [f], '2026-01-01T10:00:00.000Z');
        const [got] = await s.getFindings(id);
        assert.equal(got!.message, 'Lambda env holds [redacted]');
        assert.equal(got!.muted?.reason, 'rotating token=[redacted]');
        assert.equal(got!.evidence[0]!.value, '[redacted]');
        assert.equal(got!.evidence[1]!.value, 'index.handler');
        const report = JSON.stringify(await s.getReport(id));
        assert.ok(!report.includes(SECRET) && !report.includes(PLAIN_SECRET));
      }));

    test('latestScan: newest finished scan, filtered by kind and source', () =>
      withStore(open, async (s) => {
        assert.equal(await s.latestScan(), undefined);
        const a = await scanWith(s, [], '2026-01-01T10:00:00.000Z', { sources: ['infra/'] });
        const b = await scanWith(s, [], '2026-01-02T10:00:00.000Z', { kind: 'live', sources: ['111122223333'] });
        const running = await scanWith(s, [], '2026-01-03T10:00:00.000Z', { finish: false });
        assert.equal((await s.latestScan())?.id, b);
        assert.equal((await s.latestScan({ kind: 'iac' }))?.id, a);
        assert.equal((await s.latestScan({ source: 'infra/' }))?.id, a);
        assert.equal((await s.latestScan({ source: 'elsewhere/' })), undefined);
        assert.equal((await s.latestScan({ includeUnfinished: true }))?.id, running);
      }));

    test('listScans: newest first, limit, same-timestamp scans in insertion order reversed', () =>
      withStore(open, async (s) => {
        const ids = [];
        for (const day of ['03', '01', '02']) ids.push(await scanWith(s, [], `2026-01-${day}T10:00:00.000Z`));
        const same1 = await scanWith(s, [], '2026-01-04T10:00:00.000Z');
        const same2 = await scanWith(s, [], '2026-01-04T10:00:00.000Z');
        const listed = (await s.listScans()).map((r) => r.id);
        assert.deepEqual(listed, [same2, same1, ids[0], ids[2], ids[1]]);
        assert.deepEqual((await s.listScans({ limit: 2 })).map((r) => r.id), [same2, same1]);
        assert.equal((await s.listScans({ limit: 1, kind: 'live' })).length, 0);
        const running = await scanWith(s, [], '2026-01-05T10:00:00.000Z', { finish: false });
        assert.equal((await s.listScans({ limit: 1 }))[0]?.id, running, 'unfinished scans are listed by default');
        assert.equal((await s.listScans({ limit: 1, includeUnfinished: false }))[0]?.id, same2);
      }));

    test('getReport assembles scan, summary, errors and findings', () =>
      withStore(open, async (s) => {
        const fs = [finding({ fingerprint: 'a', status: 'fail' }), finding({ fingerprint: 'b', status: 'pass' })];
        const id = await s.beginScan({ kind: 'iac', sources: ['infra/'], startedAt: '2026-01-01T10:00:00.000Z', toolVersion: '9.9.9' });
        await s.addResources(id, [resource('r1')]);
        await s.addFindings(id, fs);
        await s.addErrors(id, [{ file: 'bad.tf', line: 2, column: 1, message: 'oops' }]);
        const unfinished = await s.getReport(id);
        assert.equal(unfinished?.scan.finishedAt, '');
        assert.equal(unfinished?.summary.fail, 1);
        assert.equal(unfinished?.summary.resources, 1);
        const summary = summarize(fs, { resources: 1, rulesRun: 4, filesScanned: 3, filesFailed: ['bad.tf'] });
        await s.finishScan(id, summary, '2026-01-01T10:00:09.000Z');
        assert.deepEqual(await s.getReport(id), {
          tool: { name: 'cloudwarden', version: '9.9.9' },
          scan: { id, startedAt: '2026-01-01T10:00:00.000Z', finishedAt: '2026-01-01T10:00:09.000Z', sources: ['infra/'], kind: 'iac' },
          summary,
          errors: [{ file: 'bad.tf', line: 2, column: 1, message: 'oops' }],
          findings: fs,
        });
        assert.equal(await s.getReport('missing'), undefined);
      }));

    test('findingHistory follows a fingerprint across scans, oldest first', () =>
      withStore(open, async (s) => {
        const s1 = await scanWith(s, [finding({ fingerprint: 'keep', status: 'fail' }), finding({ fingerprint: 'gone' })], '2026-01-01T10:00:00.000Z');
        const s2 = await scanWith(s, [finding({ fingerprint: 'keep', status: 'pass', muted: { reason: 'x', by: 'inline' } })], '2026-01-02T10:00:00.000Z');
        assert.deepEqual(await s.findingHistory('keep'), [
          { scanId: s1, startedAt: '2026-01-01T10:00:00.000Z', status: 'fail', muted: false },
          { scanId: s2, startedAt: '2026-01-02T10:00:00.000Z', status: 'pass', muted: true },
        ]);
        assert.deepEqual((await s.findingHistory('gone')).map((o) => o.scanId), [s1]);
        assert.deepEqual(await s.findingHistory('never'), []);
      }));

    test('a batch of 10,000 findings and resources is stored and filtered', (t) =>
      withStore(open, async (s) => {
        const n = 10_000;
        const fs: Finding[] = [];
        const rs: Resource[] = [];
        for (let i = 0; i < n; i++) {
          fs.push(finding({ fingerprint: `fp-${i}`, status: i % 3 === 0 ? 'fail' : 'pass', severity: i % 2 ? 'high' : 'low', ruleId: `rule-${i % 10}` }));
          rs.push(resource(`res-${i}`));
        }
        const id = await s.beginScan({ kind: 'iac', sources: [], toolVersion: '0' });
        const t0 = performance.now();
        await s.addResources(id, rs);
        await s.addFindings(id, fs);
        const ms = performance.now() - t0;
        const all = await s.getFindings(id);
        assert.equal(all.length, n);
        assert.equal(all[n - 1]!.fingerprint, `fp-${n - 1}`);
        assert.equal((await s.getFindings(id, { status: 'fail' })).length, Math.ceil(n / 3));
        assert.equal((await s.getFindings(id, { ruleId: 'rule-7', severity: 'high' })).length, n / 10);
        assert.equal((await s.getResources(id)).length, n);
        assert.equal((await s.findingHistory('fp-9999')).length, 1);
        // Reported, not asserted: timing belongs to benchmarks.
        t.diagnostic(`${name}: stored ${n} resources + ${n} findings in ${ms.toFixed(0)} ms`);
      }));
  });
}
