/**
 * End-to-end: `cloudwarden scan aws` in a child process against a running simcloud, configured only through
 * the standard AWS environment (AWS_ENDPOINT_URL, access keys, region), as a user would run it.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimcloud, type RunningSimcloud } from '../simcloud/testing.js';
import type { WorldInput } from '../simcloud/world/schema.js';
import { openStore } from '../findings/store/index.js';
import type { CoverageSummary } from '../findings/summary.js';
import { scanOptionsFromFlags } from './scan-aws-command.js';
import { permissionsPolicy, renderPermissions } from './permissions-command.js';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
const MGMT = '111111111111';
const PROD = '222222222222';
const DEV = '333333333333';
const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${MGMT}:root` }, Action: 'sts:AssumeRole' }] });
const role = { RoleName: 'OrganizationAccountAccessRole', AssumeRolePolicyDocument: trust };
const closedBucket = { Name: 'prod-closed', Region: 'us-east-1', PublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } };
const world: WorldInput = {
  regions: ['us-east-1', 'eu-west-1'],
  optInRegions: [],
  organization: { id: 'o-abcdefghij', managementAccountId: MGMT, rootId: 'r-ab12' },
  accounts: [
    { id: MGMT, name: 'management' },
    { id: PROD, name: 'prod', services: { iam: { Roles: [role] }, s3: { Buckets: [{ Name: 'prod-open', Region: 'us-east-1' }, closedBucket] } } },
    { id: DEV, name: 'dev', services: { iam: { Roles: [role] }, s3: { Buckets: [{ Name: 'dev-bucket', Region: 'us-east-1' }] } } },
  ],
  // The dev account's audit role may not read S3 at all: a denied service.
  credentials: [{ accessKeyId: 'AKIADEVROLE000000001', secretAccessKey: 'unused', accountId: DEV, principal: 'role/OrganizationAccountAccessRole', denied: ['s3'] }],
};

let sim: RunningSimcloud;
let dir: string;
before(async () => {
  sim = await startSimcloud(world);
  dir = await mkdtemp(join(tmpdir(), 'cw-scan-aws-'));
});
after(async () => {
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI asynchronously (simcloud answers from this process, so the event loop must stay free). */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', AWS_ENDPOINT_URL: sim.endpoint, AWS_ACCESS_KEY_ID: sim.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: sim.credentials.secretAccessKey, AWS_REGION: 'us-east-1', CLOUDWARDEN_DB: join(dir, 'default.db') };
  delete env['AWS_PROFILE'];
  delete env['AWS_SESSION_TOKEN'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-warnings', '--import', TSX, MAIN, ...args], { cwd: dir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

interface JsonReport {
  scan: { sources: string[] };
  summary: { fail: number; resources: number; coverage: CoverageSummary };
  findings: { ruleId: string; status: string; resource: { id: string; account?: string; name: string }; evidence: { source: { kind: string; call?: string } }[] }[];
}

const SCAN = ['scan', 'aws', '--org', '--services', 'sts,organizations,s3', '--rule', 'aws-s3-bucket-public-access-block', '-q'];

test('scan aws --org: findings from every member account, coverage in the JSON, exit codes, and the store', async () => {
  const db = join(dir, 'scan.db');
  const out = join(dir, 'out');
  // Child processes start slowly (tsx); run the three scans at once against the same simcloud.
  const [r, soft, partial] = await Promise.all([
    cli([...SCAN, '--format', 'json', '--format', 'table', '--output-dir', out, '--db', db]),
    cli([...SCAN, '--format', 'json', '--no-store', '--soft-fail']),
    cli([...SCAN, '--format', 'json', '--no-store', '--soft-fail', '--fail-on-partial']),
  ]);
  assert.equal(r.code, 1, r.stderr);
  const report = JSON.parse(await readFile(join(out, 'cloudwarden.json'), 'utf8')) as JsonReport;
  assert.deepEqual([...report.scan.sources].sort(), [`aws:${MGMT}`, `aws:${PROD}`, `aws:${DEV}`]);

  const open = report.findings.find((f) => f.resource.name === 'prod-open')!;
  assert.equal(open.status, 'fail');
  assert.equal(open.resource.account, PROD);
  assert.ok(open.evidence.every((e) => e.source.kind === 'api'), 'evidence names the API call');
  assert.equal(report.findings.find((f) => f.resource.name === 'prod-closed')?.status, 'pass');
  assert.equal(report.findings.filter((f) => f.resource.account === DEV).length, 0, 'nothing is claimed about the denied account');

  const cov = report.summary.coverage;
  const devS3 = cov.incomplete.find((c) => c.account === DEV && c.service === 's3');
  assert.equal(devS3?.status, 'failed');
  assert.deepEqual(devS3?.reasons, ['AccessDenied']);
  assert.equal(cov.accounts.length, 3);
  assert.equal(cov.complete + cov.partial + cov.failed, 3 * 3);

  // The scan and its resources are in the store, coverage included.
  const store = await openStore(db);
  try {
    const scan = await store.latestScan({ kind: 'live' });
    assert.ok(scan);
    assert.equal(scan.summary?.coverage?.failed, cov.failed);
    const buckets = await store.getResources(scan.id, { type: 'aws.s3.bucket' });
    assert.deepEqual(buckets.map((b) => b.name).sort(), ['prod-closed', 'prod-open']);
  } finally {
    await store.close();
  }

  // The table (on stdout next to the files) has the coverage section.
  assert.match(r.stdout, /Coverage: \d+ complete, \d+ partial, [1-9]\d* failed/);
  assert.match(r.stdout, new RegExp(`FAILED\\s+${DEV}\\s+global\\s+s3\\s+AccessDenied`));
  assert.equal(soft.code, 0, soft.stderr);
  assert.equal((JSON.parse(soft.stdout) as JsonReport).summary.fail, report.summary.fail);
  assert.equal(partial.code, 1, partial.stderr);
});

test('usage errors are caught before any AWS call', () => {
  assert.throws(() => scanOptionsFromFlags({ regions: 'eu-west-1,bogus' }), /--regions: "bogus"/);
  assert.throws(() => scanOptionsFromFlags({ roleName: 'Audit' }), /--role-name only applies with --org/);
  assert.throws(() => scanOptionsFromFlags({ services: 's3,nope' }), /unknown service "nope"/);
  assert.throws(() => scanOptionsFromFlags({ concurrency: '0' }), /--concurrency/);
  assert.deepEqual(scanOptionsFromFlags({ org: true, roleName: 'Audit', regions: 'eu-west-1, us-east-1', externalId: 'x' }).org, { roleName: 'Audit' });
});

test('permissions aws: one statement of sorted, unique, read-only actions', async () => {
  const policy = permissionsPolicy();
  const actions = policy.Statement[0].Action;
  assert.deepEqual(actions, [...new Set(actions)].sort((a, b) => a.localeCompare(b, 'en')));
  for (const a of ['sts:GetCallerIdentity', 'ec2:DescribeRegions', 'organizations:ListAccounts', 'organizations:DescribePolicy']) assert.ok(actions.includes(a), a);
  // Read-only: no action that changes anything, except generating the IAM credential report (a read in effect).
  const writes = actions.filter((a) => /^[a-z0-9-]+:(Create|Delete|Put|Update|Attach|Detach|Modify|Revoke|Authorize|Set|Tag|Untag|Enable|Disable|Start|Stop)/.test(a));
  assert.deepEqual(writes, []);
  assert.ok(actions.every((a) => /^[a-z0-9-]+:[A-Za-z0-9*]+$/.test(a)), 'every action is service:Action');
  const json = JSON.parse(renderPermissions('json')) as typeof policy;
  assert.deepEqual(json, policy);
  assert.match(renderPermissions('table'), /read-only actions across \d+ services/);
  const r = await cli(['permissions', 'aws', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), policy);
});
