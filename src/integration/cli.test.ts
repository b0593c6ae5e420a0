/**
 * End-to-end: the real CLI in a child process over real files, as a user runs it.
 * Exit codes, outputs, syntax errors, unknowns, suppressions and the store.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import { readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { privescTerraform } from '../simcloud/world/privesc/terraform.js';

const MAIN = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
// Resolved here, not from the child's working directory (a temp folder with no node_modules).
const TSX = import.meta.resolve('tsx');
let dir: string;

function cli(args: string[], cwd = dir): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: '1', CLOUDWARDEN_DB: join(dir, 'default.db') } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface JsonReport {
  summary: Record<string, unknown>;
  errors: { file: string; line: number; column: number; message: string }[];
  findings: { ruleId: string; status: string; muted?: boolean; muteReason?: string; location?: { file: string; startLine: number; endLine: number }; resource: { id: string; name: string; type: string }; fingerprint: string }[];
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cw-cli-'));
  await mkdir(join(dir, 'proj/tf'), { recursive: true });
  await mkdir(join(dir, 'proj/cfn'), { recursive: true });
  await mkdir(join(dir, 'proj/k8s'), { recursive: true });
  await mkdir(join(dir, 'broken'), { recursive: true });
  await mkdir(join(dir, 'unknown'), { recursive: true });
  await writeFile(
    join(dir, 'proj/tf/main.tf'),
    `resource "aws_security_group" "admin" {
  name = "admin"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# cloudwarden:ignore aws-ec2-ebs-volume-encrypted scratch disk holds no data
resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 10
}
`,
  );
  await writeFile(join(dir, 'proj/tf/broken.tf'), 'resource "aws_s3_bucket" "x" {\n  bucket = \n}\n');
  await writeFile(
    join(dir, 'proj/cfn/template.yaml'),
    `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t3.micro
      PubliclyAccessible: true
      StorageEncrypted: false
`,
  );
  await writeFile(
    join(dir, 'proj/k8s/pod.yaml'),
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:latest
      securityContext:
        privileged: true
`,
  );
  await writeFile(join(dir, 'broken/only.tf'), 'resource "aws_s3_bucket" {{{\n');
  await writeFile(
    join(dir, 'unknown/main.tf'),
    `variable "admin_cidrs" {
  type = list(string)
}
resource "aws_security_group" "admin" {
  name = "admin"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs
  }
}
`,
  );
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('scans Terraform, CloudFormation and Kubernetes; a syntax error is reported and the rest is scanned; exit 1', () => {
  const r = cli(['iac', 'proj', '--format', 'json', '--no-store']);
  assert.equal(r.code, 1, r.stderr);
  const report = JSON.parse(r.stdout) as JsonReport;
  const failing = report.findings.filter((f) => f.status === 'fail');
  const ssh = failing.find((f) => f.ruleId === 'aws-ec2-sg-ssh-open');
  assert.ok(ssh, 'open SSH found');
  assert.equal(ssh.location?.file, join('proj', 'tf', 'main.tf'));
  assert.deepEqual([ssh.location?.startLine, ssh.location?.endLine], [3, 8], 'points at the offending ingress block');
  assert.ok(failing.some((f) => f.ruleId === 'aws-rds-instance-public' && f.location?.startLine === 8));
  assert.ok(failing.some((f) => f.ruleId === 'k8s-pod-privileged' && f.location?.file.endsWith('pod.yaml')));
  const err = report.errors.find((e) => e.file.endsWith('broken.tf'));
  assert.ok(err, 'syntax error reported');
  assert.equal(err.line, 2, 'the value is missing at the end of line 2');
  assert.ok(err.column >= 1);
  assert.deepEqual((report.summary as { filesFailed: string[] }).filesFailed.map((f) => f.replace(/\\/g, '/')), ['proj/tf/broken.tf']);
  const muted = report.findings.find((f) => f.ruleId === 'aws-ec2-ebs-volume-encrypted');
  assert.equal(muted?.muteReason, 'scratch disk holds no data', 'inline suppression applies and the finding stays, flagged');
});

test('the table names file:line and ends with a summary; --soft-fail exits 0', () => {
  const r = cli(['iac', 'proj', '--soft-fail', '--no-store']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /proj\/tf\/main\.tf:3-8/);
  assert.match(r.stdout, /failed/);
  assert.match(r.stdout, /broken\.tf:2:\d+/);
});

test('an unresolvable variable yields unknown, never fail', () => {
  const r = cli(['iac', 'unknown', '--format', 'json', '--no-store', '--rule', 'aws-ec2-sg-ssh-open']);
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.equal(r.code, 0, 'nothing fails');
  assert.deepEqual(report.findings.map((f) => f.status), ['unknown']);
});

test('exit 2 when nothing could be scanned, for an unknown rule id, and for bad flags', () => {
  const broken = cli(['iac', 'broken', '--no-store']);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /could be parsed/);
  const badRule = cli(['iac', 'proj', '--rule', 'aws-no-such-rule', '--no-store']);
  assert.equal(badRule.code, 2);
  assert.match(badRule.stderr, /unknown rule id "aws-no-such-rule"/);
  assert.equal(cli(['iac', 'proj', '--format', 'xml', '--no-store']).code, 2);
  assert.equal(cli(['iac', 'does-not-exist', '--no-store']).code, 2);
  assert.equal(cli(['iac', 'proj', '--format', 'json', '--format', 'sarif', '--no-store']).code, 2, 'several formats need --output-dir');
});

test('several formats go to --output-dir; --severity and --skip-rule select rules', async () => {
  const out = join(dir, 'reports');
  const r = cli(['iac', 'proj', '--format', 'json', '--format', 'sarif', '--format', 'junit', '--format', 'csv', '--output-dir', out, '--no-store', '--soft-fail']);
  assert.equal(r.code, 0, r.stderr);
  for (const f of ['cloudwarden.json', 'cloudwarden.sarif', 'cloudwarden.xml', 'cloudwarden.csv']) assert.ok(existsSync(join(out, f)), f);
  const sarif = JSON.parse(await readFile(join(out, 'cloudwarden.sarif'), 'utf8')) as { version: string };
  assert.equal(sarif.version, '2.1.0');
  const high = JSON.parse(cli(['iac', 'proj', '--format', 'json', '--severity', 'critical', '--no-store']).stdout) as JsonReport;
  assert.ok(high.findings.every((f) => !f.ruleId.startsWith('aws-ec2-sg-ssh-open')), 'ssh rule is high, below critical');
  const skipped = JSON.parse(cli(['iac', 'proj', '--format', 'json', '--skip-rule', 'aws-ec2-sg-ssh-open', '--no-store']).stdout) as JsonReport;
  assert.ok(!skipped.findings.some((f) => f.ruleId === 'aws-ec2-sg-ssh-open'));
});

test('--no-graph builds no graph; --rule, --skip-rule and --severity select the graph\'s findings too', async () => {
  await mkdir(join(dir, 'privesc'));
  await writeFile(join(dir, 'privesc', 'iam.tf'), privescTerraform());
  const graphIds = (...args: string[]) => {
    const r = cli(['iac', 'privesc', '--format', 'json', '--no-store', '--soft-fail', ...args]);
    assert.equal(r.code, 0, r.stderr);
    return (JSON.parse(r.stdout) as JsonReport).findings.map((f) => f.ruleId).filter((id) => id.startsWith('aws-iam-privesc-') || id.startsWith('aws-attack-path-'));
  };
  const all = graphIds();
  assert.ok(all.length > 0, 'the privesc world has escalations the graph finds');
  assert.deepEqual(graphIds('--no-graph'), []);
  assert.deepEqual(graphIds('--skip-rule', 'aws-iam-privesc-*'), []);
  assert.deepEqual([...new Set(graphIds('--rule', all[0]!))], [all[0]], 'an exact graph finding id is a valid --rule');
  assert.deepEqual(graphIds('--rule', 'aws-s3-*'), [], 'a selection that names no graph id keeps none');
  assert.deepEqual(graphIds('--severity', 'critical').filter((id) => id.startsWith('aws-iam-privesc-')), [], 'escalation findings are high');
});

test('a config file mutes with a reason; every run is recorded in the store with stable fingerprints', async () => {
  const cfg = join(dir, 'cw.yaml');
  await writeFile(cfg, 'mute:\n  - rule: aws-rds-instance-public\n    reason: reviewed\n');
  const db = join(dir, 'scans.db');
  const first = JSON.parse(cli(['iac', 'proj', '--format', 'json', '--config', cfg, '--db', db]).stdout) as JsonReport;
  const second = JSON.parse(cli(['iac', 'proj', '--format', 'json', '--config', cfg, '--db', db]).stdout) as JsonReport;
  assert.equal(first.findings.find((f) => f.ruleId === 'aws-rds-instance-public')?.muteReason, 'reviewed');
  assert.deepEqual(first.findings.map((f) => f.fingerprint).sort(), second.findings.map((f) => f.fingerprint).sort());
  const { openStore } = await import('../findings/store/index.js');
  const store = await openStore(db);
  try {
    const scans = await store.listScans({ limit: 10 });
    assert.equal(scans.length, 2);
    const stored = await store.getFindings(scans[0]!.id, {});
    assert.equal(stored.length, second.findings.length);
  } finally {
    await store.close();
  }
});

test('rules list and show', () => {
  const list = JSON.parse(cli(['rules', 'list', '--format', 'json']).stdout) as { count: number; rules: { id: string }[] };
  assert.ok(list.count >= 60, `${list.count} rules`);
  const show = cli(['rules', 'show', 'aws-ec2-sg-ssh-open']);
  assert.equal(show.code, 0);
  assert.match(show.stdout, /Remediation/);
  assert.equal(cli(['rules', 'show', 'nope-nope-nope']).code, 2);
});

test('the demo (npm start) scans simcloud\'s demo organization, stores it, writes reports and exits 0', async () => {
  const db = join(dir, 'demo.db');
  const r = cli(['demo', '--output-dir', join(dir, 'demo-reports'), '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /scanned 4 account\(s\)/, "the scan line goes to stderr, the report to stdout");
  assert.match(r.stdout, /Coverage: \d+ complete, 0 partial, 0 failed/);
  assert.match(r.stdout, /aws-ec2-sg-ssh-open/);
  assert.doesNotMatch(r.stderr, /NodeVersionSupportWarning/);
  assert.ok(existsSync(join(dir, 'demo-reports', 'cloudwarden.sarif')));
  const { openStore } = await import('../findings/store/index.js');
  const store = await openStore(db);
  try {
    const scan = await store.latestScan({ kind: 'live' });
    assert.ok(scan && (scan.summary?.fail ?? 0) > 50, 'the live scan is recorded with its findings');
    assert.ok((await store.getFindings(scan.id)).some((f) => f.ruleId === 'aws-attack-path-internet-to-admin' && f.status === 'fail'), 'the attack path is a finding of the scan');
    const run = await store.latestScan({ kind: 'detect' });
    assert.ok(run, 'the threat-detection run over the trail bucket is recorded');
    assert.ok((await store.getDetections(run.id)).length > 10);
  } finally {
    await store.close();
  }
  // Detections on principals that reach an administrator in the scan's graph are raised and linked to its findings.
  const detections = (JSON.parse(readFileSync(join(dir, 'demo-reports', 'detections.json'), 'utf8')) as { detections: { detectionId: string; severity: string; principal: { name: string }; events: string[]; posture?: { reachesAdmin?: string; findings: string[] } }[] }).detections;
  const takeover = detections.find((d) => d.detectionId === 'aws-cloudtrail-console-login-after-failures' && d.principal.name === 'maria.ops');
  assert.equal(takeover?.severity, 'critical', 'high, raised: maria.ops can act as an administrator');
  assert.match(takeover?.posture?.reachesAdmin ?? '', /administrator/);
  assert.ok(takeover?.posture?.findings.some((f) => f.startsWith('aws-iam-user-console-mfa')), 'linked to the posture finding on the principal');
  assert.deepEqual(detections.filter((d) => d.severity !== 'low' && d.severity !== 'info' && d.events.every((id) => id.startsWith('bg-'))).map((d) => d.detectionId), [], 'the benign background stays low, correlation included');
});

test('import aws-config judges Config snapshots with the same rules', () => {
  const testdata = fileURLToPath(new URL('../sources/inventory/aws-config/testdata/', import.meta.url));
  const r = cli(['import', 'aws-config', testdata, '--format', 'json', '--no-store']);
  assert.equal(r.code, 1, r.stderr);
  const report = JSON.parse(r.stdout) as JsonReport;
  assert.ok(report.findings.some((f) => f.ruleId === 'aws-s3-bucket-public-acl' && f.status === 'fail'));
  assert.match(r.stderr, /not mapped yet \(AWS::SNS::Topic ×1\)/);
  assert.equal(cli(['import', 'aws-config', join(dir, 'proj'), '--no-store']).code, 2, 'no Config file there');
});
