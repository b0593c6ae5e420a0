/**
 * Issue acceptance: `scan aws --org` against simcloud's demo world, through the real SDK and every collector,
 * finds every planted misconfiguration across the four accounts, with evidence naming the API call, and the
 * well-configured background passes.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSimcloud, type RunningSimcloud } from '../simcloud/testing.js';
import { plantedByFamilies } from '../simcloud/world/demo/plants/index.js';
import { demoWorld, DEMO_CREDENTIALS, DEVELOPMENT, MANAGEMENT, PRODUCTION, SECURITY } from '../simcloud/world/demo/index.js';
import { scanAws, type ScanAwsResult } from '../sources/live/aws/scan.js';
import type { Resource } from '../model/core/index.js';
import type { Finding } from '../findings/finding.js';
import { Inventory } from '../engine/inventory.js';
import { runRules } from '../engine/runner.js';
import { allRules } from '../engine/registry.js';

let sim: RunningSimcloud;
let result: ScanAwsResult;
let findings: Finding[];

before(async () => {
  sim = await startSimcloud(demoWorld());
  const resources: Resource[] = [];
  result = await scanAws(
    { credentials: { keys: { ...DEMO_CREDENTIALS } }, endpoint: sim.endpoint, org: {}, homeRegion: 'us-east-1' },
    { resource: (r) => resources.push(r) },
  );
  findings = runRules(new Inventory(resources), allRules(), { now: new Date('2026-11-28T12:00:00Z') });
});

after(async () => {
  await sim.close();
});

/** Failing findings of a rule in an account, optionally on resources whose uid contains `part`. */
function failing(rule: string, account: string, part = ''): Finding[] {
  return findings.filter((f) => f.ruleId === rule && f.status === 'fail' && f.resource.account === account && f.resource.id.includes(part));
}

test('every account of the organization is scanned, completely', () => {
  assert.deepEqual([...result.accounts].sort(), [MANAGEMENT, PRODUCTION, DEVELOPMENT, SECURITY].sort());
  assert.deepEqual(result.gaps.filter((g) => g.reason !== 'Unsupported'), [], 'no coverage gaps on the clean demo');
  assert.ok(!findings.some((f) => f.status === 'unknown'), `unknown: ${findings.filter((f) => f.status === 'unknown').map((f) => f.ruleId).join(', ')}`);
});

const PLANTED: (readonly [rule: string, account: string, resourcePart: string])[] = [
  // storage
  ['aws-s3-bucket-public-acl', PRODUCTION, 'acme-payments-public-reports'],
  ['aws-s3-bucket-public-policy', PRODUCTION, 'acme-customer-exports'],
  ['aws-s3-bucket-public-write-acl', DEVELOPMENT, 'acme-dev-scratch'],
  ['aws-s3-account-public-access-block', PRODUCTION, ''],
  ['aws-ec2-ebs-volume-encrypted', PRODUCTION, 'vol-0scratch'],
  ['aws-ec2-snapshot-public', PRODUCTION, 'snap-0ledgerbackup'],
  ['aws-ec2-ami-public', PRODUCTION, 'ami-0prodbase'],
  ['aws-rds-instance-encrypted', PRODUCTION, 'payments-db'],
  ['aws-rds-instance-public', PRODUCTION, 'payments-db'],
  ['aws-efs-encrypted', PRODUCTION, 'fs-0shared'],
  ['aws-sqs-queue-public-policy', PRODUCTION, 'refunds'],
  ['aws-kms-key-rotation', DEVELOPMENT, ''],
  // network
  ['aws-ec2-sg-ssh-open', PRODUCTION, 'sg-prod-bastion'],
  ['aws-ec2-sg-rdp-open', PRODUCTION, 'sg-prod-us-rdp'],
  ['aws-ec2-sg-postgres-open', PRODUCTION, 'sg-prod-db'],
  ['aws-ec2-vpc-flow-logs', DEVELOPMENT, ''],
  ['aws-elbv2-alb-waf', PRODUCTION, 'payments-public'],
  ['aws-elbv2-listener-https', PRODUCTION, 'payments-public'],
  // identity
  ['aws-iam-policy-admin-access', PRODUCTION, 'ops-full-access'],
  ['aws-iam-user-inline-admin', DEVELOPMENT, 'legacy-jenkins'],
  ['aws-iam-user-console-mfa', PRODUCTION, 'maria.ops'],
  ['aws-iam-access-key-rotation', PRODUCTION, 'ci-deploy'],
  ['aws-iam-credentials-unused', PRODUCTION, 'ci-deploy'],
  ['aws-iam-role-trust-any-principal', DEVELOPMENT, 'ci-anyone'],
  ['aws-iam-role-trust-cross-account-no-external-id', PRODUCTION, 'partner-reporting'],
  ['aws-iam-role-trust-oidc-no-sub-condition', DEVELOPMENT, 'github-deploy'],
  ['aws-iam-root-mfa', DEVELOPMENT, ''],
  ['aws-iam-root-access-keys', DEVELOPMENT, ''],
  ['aws-iam-password-policy-min-length', PRODUCTION, ''],
  ['aws-iam-password-policy-min-length', DEVELOPMENT, ''],
  // logging and monitoring
  ['aws-cloudtrail-logging-enabled', DEVELOPMENT, 'dev-trail'],
  ['aws-cloudtrail-multi-region', DEVELOPMENT, 'dev-trail'],
  ['aws-guardduty-detector-enabled', PRODUCTION, 'us-east-1'],
  ['aws-guardduty-detector-enabled', DEVELOPMENT, ''],
  ['aws-config-recorder-enabled', DEVELOPMENT, ''],
  ['aws-securityhub-enabled', DEVELOPMENT, ''],
  // compute
  ['aws-ec2-instance-imdsv2', PRODUCTION, 'i-0ba571'],
  ['aws-ec2-instance-public-ip', PRODUCTION, 'i-0ba571'],
  ['aws-lambda-function-public-policy', PRODUCTION, 'payments-webhook'],
  ['aws-lambda-function-url-no-auth', PRODUCTION, 'payments-webhook'],
  ['aws-lambda-function-env-secrets', PRODUCTION, 'payments-webhook'],
  ['aws-lambda-function-deprecated-runtime', PRODUCTION, 'payments-webhook'],
  ['aws-eks-cluster-public-endpoint', PRODUCTION, 'payments-platform'],
  ['aws-ecr-repository-scan-on-push', PRODUCTION, 'payments-api'],
  // issue 4's families: src/simcloud/world/demo/plants/
  ...plantedByFamilies(),
];

test('finds every planted misconfiguration, with evidence naming the API call', () => {
  const missing = PLANTED.filter(([rule, account, part]) => failing(rule, account, part).length === 0);
  assert.deepEqual(missing, []);
  for (const [rule, account, part] of PLANTED) {
    const f = failing(rule, account, part)[0]!;
    assert.equal(f.source.kind, 'api', `${rule}: provenance`);
    assert.match((f.source as { call: string }).call, /^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$/, `${rule}: names the call`);
  }
});

test('the well-configured security account passes the storage and network baseline', () => {
  for (const rule of ['aws-s3-bucket-public-access-block', 'aws-s3-bucket-tls-only', 'aws-s3-bucket-versioning', 'aws-ec2-vpc-flow-logs', 'aws-guardduty-detector-enabled', 'aws-cloudtrail-multi-region']) {
    assert.deepEqual(failing(rule, SECURITY), [], rule);
  }
});
