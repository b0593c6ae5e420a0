import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSince, runDetectCommand } from './detect-command.js';
import { UsageError } from '../shared/errors.js';

const record = (id: string, over: Record<string, unknown> = {}) => ({
  eventVersion: '1.09', userIdentity: { type: 'Root', arn: 'arn:aws:iam::222222222222:root', accountId: '222222222222' }, eventTime: '2026-11-27T10:00:00Z',
  eventSource: 'signin.amazonaws.com', eventName: 'ConsoleLogin', awsRegion: 'us-east-1', sourceIPAddress: '203.0.113.9', eventID: id,
  additionalEventData: { MFAUsed: 'No' }, responseElements: { ConsoleLogin: 'Success' }, ...over,
});

function logs(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cloudwarden-detect-'));
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ Records: [record('root-1'), record('user-1', { userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::222222222222:user/bob', userName: 'bob' } })] }));
  writeFileSync(join(dir, 'b.json'), '{"Records":[{"eventName":1}');
  return dir;
}

async function quietly<T>(f: () => Promise<T>): Promise<T> {
  const err = process.stderr.write.bind(process.stderr);
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    return await f();
  } finally {
    process.stderr.write = err;
  }
}

test('detect cloudtrail --format json: every detection lists its events; input errors reported, the rest read; exit 1', async () => {
  const dir = logs();
  const out = join(dir, 'out.json');
  const code = await quietly(() => runDetectCommand('cloudtrail', [dir], { store: false, format: 'json', outputFile: out, quiet: true }));
  assert.equal(code, 1);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { summary: { events: number; inputErrors: number }; detections: { detectionId: string; events: string[]; principal: { type: string }; sourceIp: string }[] };
  assert.equal(report.summary.events, 2);
  assert.equal(report.summary.inputErrors, 2);
  const root = report.detections.find((d) => d.detectionId === 'aws-cloudtrail-root-activity');
  assert.deepEqual(root?.events, ['root-1']);
  assert.equal(root?.principal.type, 'Root');
  assert.equal(root?.sourceIp, '203.0.113.9');
});

test('--format ocsf writes Detection Finding (2004) objects; --soft-fail exits 0; --fail-on critical ignores high', async () => {
  const dir = logs();
  const out = join(dir, 'out.ocsf.json');
  assert.equal(await quietly(() => runDetectCommand('cloudtrail', [join(dir, 'a.json')], { store: false, format: 'ocsf', outputFile: out, quiet: true, softFail: true })), 0);
  const ocsf = JSON.parse(readFileSync(out, 'utf8')) as { class_uid: number; type_uid: number; severity_id: number; finding_info: { analytic: { uid: string }; related_events: { uid: string }[]; attacks: { technique: { uid: string } }[] } }[];
  const root = ocsf.find((o) => o.finding_info.analytic.uid === 'aws-cloudtrail-root-activity')!;
  assert.equal(root.class_uid, 2004);
  assert.equal(root.type_uid, 200401);
  assert.equal(root.severity_id, 4);
  assert.deepEqual(root.finding_info.related_events, [{ uid: 'root-1' }]);
  assert.equal(root.finding_info.attacks[0]!.technique.uid, 'T1078.004');
  assert.equal(await quietly(() => runDetectCommand('cloudtrail', [join(dir, 'a.json')], { store: false, format: 'json', outputFile: out, quiet: true, failOn: 'critical' })), 0);
});

test('nothing readable exits 2; bad flags are usage errors naming the flag', async () => {
  const dir = logs();
  assert.equal(await quietly(() => runDetectCommand('cloudtrail', [join(dir, 'missing')], { store: false, format: 'json', outputFile: join(dir, 'o'), quiet: true })), 2);
  await assert.rejects(() => runDetectCommand('cloudtrail', [dir], { store: false, format: 'json', since: 'yesterday' }), (e: Error) => e instanceof UsageError && /--since/.test(e.message));
  writeFileSync(join(dir, 'ips.txt'), '203.0.113.9\nnot-an-ip\n');
  await assert.rejects(() => runDetectCommand('cloudtrail', [dir], { store: false, format: 'json', badIps: join(dir, 'ips.txt') }), (e: Error) => e instanceof UsageError && /not-an-ip/.test(e.message));
  assert.equal(parseSince('24h', Date.parse('2026-11-28T00:00:00Z')), Date.parse('2026-11-27T00:00:00Z'));
  assert.equal(parseSince('2026-11-01T00:00:00Z'), Date.parse('2026-11-01T00:00:00Z'));
});

test('--geoip names an unreadable database as a usage error', async () => {
  const dir = logs();
  writeFileSync(join(dir, 'bad.mmdb'), 'not a database');
  await assert.rejects(() => runDetectCommand('cloudtrail', [dir], { store: false, format: 'json', geoip: join(dir, 'bad.mmdb') }), (e: Error) => e instanceof UsageError && /--geoip/.test(e.message));
});

test('detect azure: Activity Log export and az CLI files, Azure detections only, events cited', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cloudwarden-detect-az-'));
  const sub = '/subscriptions/5f2c7a44-1b3e-4a55-9b1d-2f6e0c3a9d10';
  const claims = { 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn': 'eve@contoso.com', name: 'Eve' };
  writeFileSync(join(dir, 'PT1H.json'), `${JSON.stringify({ time: '2026-11-27T10:00:00Z', resourceId: `${sub}/PROVIDERS/MICROSOFT.INSIGHTS/DIAGNOSTICSETTINGS/TO-SIEM`, operationName: 'MICROSOFT.INSIGHTS/DIAGNOSTICSETTINGS/DELETE', resultType: 'Success', correlationId: 'c1', callerIpAddress: '203.0.113.5', identity: { claims } })}\n`);
  writeFileSync(join(dir, 'cli.json'), JSON.stringify([{ eventDataId: 'az-2', eventTimestamp: '2026-11-27T10:05:00Z', caller: 'eve@contoso.com', claims, operationName: { value: 'Microsoft.Authorization/locks/delete' }, status: { value: 'Succeeded' }, resourceId: `${sub}/providers/Microsoft.Authorization/locks/keep` }]));
  const out = join(dir, 'out.json');
  assert.equal(await quietly(() => runDetectCommand('azure', [dir], { store: false, format: 'json', outputFile: out, quiet: true })), 1);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { provider: string; summary: { events: number; detectionsRun: number }; detections: { detectionId: string; events: string[]; principal: { id: string } }[] };
  assert.equal(report.provider, 'azure');
  assert.equal(report.summary.events, 2);
  assert.ok(report.summary.detectionsRun >= 15);
  assert.deepEqual(report.detections.map((d) => d.detectionId).sort(), ['azure-activity-diagnostic-settings-deleted', 'azure-activity-resource-lock-deleted']);
  assert.deepEqual(report.detections.find((d) => d.detectionId === 'azure-activity-resource-lock-deleted')?.events, ['az-2']);
  assert.equal(report.detections[0]!.principal.id, 'eve@contoso.com');
});

test('detect gcp: gcloud JSON array, --accounts as known domains, OCSF output', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cloudwarden-detect-gcp-'));
  const entry = (insertId: string, methodName: string, member: string) => ({
    insertId, timestamp: '2026-11-27T10:00:00.5Z', logName: 'projects/pay-prod-1/logs/cloudaudit.googleapis.com%2Factivity', resource: { type: 'project', labels: { project_id: 'pay-prod-1' } },
    protoPayload: { '@type': 'type.googleapis.com/google.cloud.audit.AuditLog', serviceName: 'cloudresourcemanager.googleapis.com', methodName, resourceName: 'projects/pay-prod-1', authenticationInfo: { principalEmail: 'eve@example.com' }, requestMetadata: { callerIp: '203.0.113.5' }, serviceData: { policyDelta: { bindingDeltas: [{ action: 'ADD', role: 'roles/viewer', member }] } } },
  });
  writeFileSync(join(dir, 'entries.json'), JSON.stringify([entry('g-1', 'SetIamPolicy', 'user:friend@gmail.com'), entry('g-2', 'SetIamPolicy', 'user:ana@example.com')], null, 2));
  const out = join(dir, 'out.json');
  assert.equal(await quietly(() => runDetectCommand('gcp', [dir], { store: false, format: 'ocsf', outputFile: out, quiet: true, accounts: ['example.com,pay-prod-1'] })), 1);
  const ocsf = JSON.parse(readFileSync(out, 'utf8')) as { finding_info: { analytic: { uid: string }; related_events: { uid: string }[] }; cloud: { provider: string } }[];
  assert.deepEqual(ocsf.map((o) => o.finding_info.analytic.uid), ['gcp-audit-iam-external-member']);
  assert.deepEqual(ocsf[0]!.finding_info.related_events, [{ uid: 'g-1' }]);
  assert.equal(ocsf[0]!.cloud.provider, 'GCP');
  assert.equal(await quietly(() => runDetectCommand('gcp', [dir], { store: false, format: 'json', outputFile: out, quiet: true })), 0, 'without known domains nothing is external');
});

test('a run is stored with its detections, and teaches the first-seen baseline for the next run', async () => {
  const dir = logs();
  const db = join(dir, 'cw.db');
  const userCall = (id: string, ip: string, agent: string) => record(id, { eventSource: 'sts.amazonaws.com', eventName: 'GetCallerIdentity', sourceIPAddress: ip, userAgent: agent, userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::222222222222:user/bob', accountId: '222222222222', userName: 'bob' } });
  writeFileSync(join(dir, 'day1.json'), JSON.stringify({ Records: [userCall('d1', '81.2.69.142', 'aws-cli/2.17.0 Python/3.11')] }));
  assert.equal(await quietly(() => runDetectCommand('cloudtrail', [join(dir, 'a.json'), join(dir, 'day1.json')], { db, format: 'json', outputFile: join(dir, 'o1.json'), quiet: true, softFail: true })), 0);
  const { openStore } = await import('../findings/store/index.js');
  const store = await openStore(db);
  try {
    const run = await store.latestScan({ kind: 'detect' });
    assert.ok(run, 'the run is recorded as a detect scan');
    assert.ok((await store.getDetections(run.id)).some((d) => d.detectionId === 'aws-cloudtrail-root-activity' && d.events.includes('root-1')));
    const learned = await store.baseline();
    assert.ok(learned.some((b) => b.principal === 'arn:aws:iam::222222222222:user/bob' && b.kind === 'country' && b.value === 'GB'), JSON.stringify(learned));
  } finally {
    await store.close();
  }
  // Day 2: bob from Germany with a new tool: first seen for a known principal.
  writeFileSync(join(dir, 'day2.json'), JSON.stringify({ Records: [userCall('d2', '185.220.101.34', 'Boto3/1.35.0 Python/3.12')] }));
  await quietly(() => runDetectCommand('cloudtrail', [join(dir, 'day2.json')], { db, format: 'json', outputFile: join(dir, 'o2.json'), quiet: true, softFail: true }));
  const day2 = JSON.parse(readFileSync(join(dir, 'o2.json'), 'utf8')) as { detections: { detectionId: string }[] };
  assert.ok(day2.detections.some((d) => d.detectionId === 'aws-cloudtrail-first-seen-country'), JSON.stringify(day2.detections.map((d) => d.detectionId)));
});
