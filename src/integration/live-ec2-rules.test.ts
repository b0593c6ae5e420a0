/**
 * The EC2 rules judge what the live EC2 collector reads from simcloud through the real SDK: every planted
 * misconfiguration fails, its compliant twin passes, and nothing the world states plainly comes out unknown.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Inventory } from '../engine/inventory.js';
import { allRules } from '../engine/registry.js';
import { runRules } from '../engine/runner.js';
import type { Finding } from '../findings/finding.js';
import { startSimcloud, type RunningSimcloud } from '../simcloud/testing.js';
import collector from '../sources/live/aws/collectors/ec2.js';
import sts from '../sources/live/aws/collectors/sts.js';
import { ACCOUNT, OTHER_REGION, REGION, ec2TestWorld } from '../simcloud/services/ec2/test-world.js';
import { runCollectorForTest } from '../sources/live/aws/testing.js';

const arn = (kind: string, id: string, region = REGION) => `arn:aws:ec2:${region}:${ACCOUNT}:${kind}/${id}`;

describe('EC2 rules over a live scan of simcloud', () => {
  let sim: RunningSimcloud;
  let findings: Finding[];
  before(async () => {
    sim = await startSimcloud(ec2TestWorld(0));
    const scans = await Promise.all([REGION, OTHER_REGION].map((region) => runCollectorForTest(collector, { endpoint: sim.endpoint, credentials: sim.credentials, account: ACCOUNT, region })));
    // The caller identity says which account was scanned (the peering rule judges other accounts by it).
    scans.push(await runCollectorForTest(sts, { endpoint: sim.endpoint, credentials: sim.credentials, account: ACCOUNT, region: REGION }));
    for (const s of scans) assert.deepEqual(s.gaps, []);
    const rules = allRules().filter((r) => r.resourceType.startsWith('aws.ec2.'));
    findings = runRules(new Inventory(scans.flatMap((s) => s.resources)), rules, { now: new Date('2026-11-28T00:00:00Z') });
  });
  after(async () => {
    await sim.close();
  });

  const status = (rule: string, uid: string): string[] => [...new Set(findings.filter((f) => f.ruleId === rule && f.resource.id === uid).map((f) => f.status))].sort();

  const planted: readonly [string, string, 'fail' | 'pass'][] = [
    ['aws-ec2-vpc-peering-outside-org', arn('vpc-peering-connection', 'pcx-partner'), 'fail'],
    ['aws-ec2-vpc-peering-outside-org', arn('vpc-peering-connection', 'pcx-internal'), 'pass'],
    ['aws-ec2-instance-imdsv2', arn('instance', 'i-imdsv1'), 'fail'],
    ['aws-ec2-instance-imdsv2', arn('instance', 'i-imdsv2'), 'pass'],
    ['aws-ec2-instance-public-ip', arn('instance', 'i-imdsv1'), 'fail'],
    ['aws-ec2-instance-public-ip', arn('instance', 'i-imdsv2'), 'pass'],
    ['aws-ec2-instance-root-volume-encrypted', arn('instance', 'i-imdsv1'), 'fail'],
    ['aws-ec2-instance-root-volume-encrypted', arn('instance', 'i-imdsv2'), 'pass'],
    ['aws-ec2-instance-userdata-secrets', arn('instance', 'i-imdsv1'), 'fail'],
    ['aws-ec2-instance-userdata-secrets', arn('instance', 'i-imdsv2'), 'pass'],
    ['aws-ec2-instance-detailed-monitoring', arn('instance', 'i-imdsv2'), 'pass'],
    ['aws-ec2-sg-ssh-open', arn('security-group', 'sg-ssh'), 'fail'],
    ['aws-ec2-sg-ssh-open', arn('security-group', 'sg-web'), 'pass'],
    ['aws-ec2-sg-rdp-open', arn('security-group', 'sg-rdp'), 'fail'],
    ['aws-ec2-sg-rdp-open', arn('security-group', 'sg-web'), 'pass'],
    ['aws-ec2-sg-all-ports-open', arn('security-group', 'sg-web'), 'pass'],
    ['aws-ec2-default-sg-restricts-all', arn('security-group', 'sg-default'), 'fail'],
    ['aws-ec2-nacl-ssh-open', arn('network-acl', 'acl-open'), 'fail'],
    ['aws-ec2-nacl-ssh-open', arn('network-acl', 'acl-locked'), 'pass'],
    ['aws-ec2-nacl-rdp-open', arn('network-acl', 'acl-open'), 'fail'],
    ['aws-ec2-vpc-flow-logs', arn('vpc', 'vpc-a'), 'fail'],
    ['aws-ec2-vpc-flow-logs', arn('vpc', 'vpc-b'), 'pass'],
    ['aws-ec2-subnet-auto-public-ip', arn('subnet', 'subnet-a1'), 'fail'],
    ['aws-ec2-subnet-auto-public-ip', arn('subnet', 'subnet-b1'), 'pass'],
    ['aws-ec2-ebs-volume-encrypted', arn('volume', 'vol-unenc'), 'fail'],
    ['aws-ec2-ebs-volume-encrypted', arn('volume', 'vol-data'), 'fail'],
    ['aws-ec2-ebs-volume-encrypted', arn('volume', 'vol-enc'), 'pass'],
    ['aws-ec2-snapshot-public', arn('snapshot', 'snap-public'), 'fail'],
    ['aws-ec2-snapshot-public', arn('snapshot', 'snap-shared'), 'pass'],
    ['aws-ec2-snapshot-encrypted', arn('snapshot', 'snap-public'), 'fail'],
    ['aws-ec2-snapshot-encrypted', arn('snapshot', 'snap-shared'), 'pass'],
    ['aws-ec2-ami-public', arn('image', 'ami-public'), 'fail'],
    ['aws-ec2-ami-public', arn('image', 'ami-private'), 'pass'],
    ['aws-ec2-ebs-default-encryption', arn('ebs-encryption-by-default', REGION), 'fail'],
    ['aws-ec2-ebs-default-encryption', arn('ebs-encryption-by-default', OTHER_REGION, OTHER_REGION), 'pass'],
    ['aws-ec2-launch-template-imdsv2', arn('launch-template', 'lt-v1'), 'fail'],
    ['aws-ec2-launch-template-imdsv2', arn('launch-template', 'lt-v2'), 'pass'],
    ['aws-ec2-launch-template-userdata-secrets', arn('launch-template', 'lt-v1'), 'pass'],
  ];
  for (const [rule, uid, want] of planted) {
    it(`${rule} → ${want} for ${uid.split(':').pop()!}`, () => {
      assert.deepEqual(status(rule, uid), [want], JSON.stringify(findings.filter((f) => f.ruleId === rule && f.resource.id === uid).map((f) => [f.status, f.message])));
    });
  }

  it('no EC2 rule is left unknown by the live data', () => {
    const unknown = findings.filter((f) => f.status === 'unknown').map((f) => `${f.ruleId} ${f.resource.id}: ${f.message}`);
    assert.deepEqual(unknown, []);
  });

  it('findings name the API call in their evidence', () => {
    const f = findings.find((x) => x.ruleId === 'aws-ec2-sg-ssh-open' && x.status === 'fail')!;
    assert.equal(f.source.kind, 'api');
    assert.equal(f.source.kind === 'api' && f.source.call, 'ec2:DescribeSecurityGroups');
  });
});
