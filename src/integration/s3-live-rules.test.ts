/**
 * Live S3 discovery through the real SDK against simcloud, judged by the real S3 rules: every planted
 * misconfiguration fails, every compliant setting passes, nothing is unknown on a clean run; with
 * GetBucketPolicy denied, exactly the policy-based verdicts turn unknown (never pass or fail).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Inventory } from '../engine/inventory.js';
import { allRules } from '../engine/registry.js';
import { runRules } from '../engine/runner.js';
import type { Finding } from '../findings/finding.js';
import { ACCOUNT, NO_POLICY_READER, s3World } from '../simcloud/services/s3/test-world.js';
import { startSimcloud, type RunningSimcloud } from '../simcloud/testing.js';
import s3 from '../sources/live/aws/collectors/s3.js';
import { runCollectorForTest } from '../sources/live/aws/testing.js';

let sim: RunningSimcloud;
before(async () => {
  sim = await startSimcloud(s3World());
});
after(async () => {
  await sim.close();
});

async function scan(credentials = sim.credentials): Promise<Finding[]> {
  const { resources } = await runCollectorForTest(s3, { endpoint: sim.endpoint, credentials, account: ACCOUNT, region: 'us-east-1' });
  return runRules(new Inventory(resources), allRules()).filter((f) => f.ruleId.startsWith('aws-s3-'));
}

/** `rule id → resource name → status`; a rule that does not apply to a bucket yields no finding for it. */
function verdicts(findings: readonly Finding[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const f of findings) {
    const byRes = (out[f.ruleId] ??= {});
    const prev = byRes[f.resource.name];
    // A rule may yield several outcomes (one per statement): fail dominates, then unknown.
    byRes[f.resource.name] = prev === 'fail' || f.status === 'fail' ? 'fail' : prev === 'unknown' || f.status === 'unknown' ? 'unknown' : f.status;
  }
  return out;
}

const SITE = 'acme-public-site';
const DATA = 'acme-data-eu';
const LOGS = 'acme-logs';
const BACKUPS = 'acme-backups';
const ACCT = `${ACCOUNT} S3 Block Public Access`;

const EXPECTED: Record<string, Record<string, string>> = {
  'aws-s3-account-public-access-block': { [ACCT]: 'fail' },
  'aws-s3-bucket-access-logging': { [SITE]: 'fail', [DATA]: 'pass', [LOGS]: 'fail', [BACKUPS]: 'fail' },
  'aws-s3-bucket-acls-enabled': { [SITE]: 'fail', [DATA]: 'pass', [LOGS]: 'fail', [BACKUPS]: 'fail' },
  'aws-s3-bucket-cross-account-read': { [SITE]: 'pass', [DATA]: 'pass', [LOGS]: 'pass', [BACKUPS]: 'pass' },
  'aws-s3-bucket-cross-account-write': { [SITE]: 'pass', [DATA]: 'pass', [LOGS]: 'pass', [BACKUPS]: 'pass' },
  'aws-s3-bucket-kms-encryption': { [SITE]: 'fail', [DATA]: 'pass', [LOGS]: 'fail', [BACKUPS]: 'fail' },
  'aws-s3-bucket-mfa-delete': { [SITE]: 'fail', [DATA]: 'pass', [LOGS]: 'fail', [BACKUPS]: 'fail' },
  // Judged only on log/backup buckets: acme-logs by its name (and as a log target), acme-backups by its name.
  'aws-s3-bucket-object-lock': { [LOGS]: 'pass', [BACKUPS]: 'fail' },
  'aws-s3-bucket-lifecycle-configured': { [SITE]: 'fail', [DATA]: 'fail', [LOGS]: 'pass', [BACKUPS]: 'fail' },
  'aws-s3-bucket-log-lifecycle': { [LOGS]: 'pass', [BACKUPS]: 'fail' },
  'aws-s3-bucket-policy-wildcard-public': { [SITE]: 'pass', [DATA]: 'pass', [LOGS]: 'pass', [BACKUPS]: 'pass' },
  'aws-s3-bucket-public-access-block': { [SITE]: 'fail', [DATA]: 'fail', [LOGS]: 'pass', [BACKUPS]: 'fail' },
  'aws-s3-bucket-public-acl': { [SITE]: 'fail', [DATA]: 'pass', [LOGS]: 'pass', [BACKUPS]: 'pass' },
  'aws-s3-bucket-public-policy': { [SITE]: 'pass', [DATA]: 'fail', [LOGS]: 'pass', [BACKUPS]: 'pass' },
  'aws-s3-bucket-public-write-acl': { [SITE]: 'pass', [DATA]: 'pass', [LOGS]: 'pass', [BACKUPS]: 'pass' },
  'aws-s3-bucket-tls-only': { [SITE]: 'fail', [DATA]: 'fail', [LOGS]: 'pass', [BACKUPS]: 'fail' },
  'aws-s3-bucket-versioned-lifecycle': { [DATA]: 'fail', [LOGS]: 'pass' },
  'aws-s3-bucket-versioning': { [SITE]: 'fail', [DATA]: 'pass', [LOGS]: 'pass', [BACKUPS]: 'fail' },
};

test('every S3 rule judges the live buckets as planted, with evidence naming the API call', async () => {
  const findings = await scan();
  assert.deepEqual(verdicts(findings), EXPECTED);
  const policyFail = findings.find((f) => f.ruleId === 'aws-s3-bucket-public-policy' && f.status === 'fail');
  assert.equal(policyFail?.resource.id, `arn:aws:s3:::${DATA}`);
  assert.equal(policyFail?.resource.region, 'eu-west-1');
  assert.deepEqual(policyFail?.source, { kind: 'api', call: 's3:GetBucketPolicy', region: 'eu-west-1', account: ACCOUNT });
});

test('with GetBucketPolicy denied, policy verdicts are unknown and nothing else changes', async () => {
  const got = verdicts(await scan({ ...NO_POLICY_READER }));
  const unknownAll = { [SITE]: 'unknown', [DATA]: 'unknown', [LOGS]: 'unknown', [BACKUPS]: 'unknown' };
  assert.deepEqual(got, {
    ...EXPECTED,
    'aws-s3-bucket-cross-account-read': unknownAll,
    'aws-s3-bucket-cross-account-write': unknownAll,
    'aws-s3-bucket-policy-wildcard-public': unknownAll,
    'aws-s3-bucket-public-policy': unknownAll,
    'aws-s3-bucket-tls-only': unknownAll,
  });
});
