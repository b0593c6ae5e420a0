import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Inspector2Coverage, SsmManagedInstance } from '../../model/aws/index.js';
import type { VulnerabilityFinding } from '../../model/vulnerability.js';
import type { Resource } from '../../model/core/index.js';
import type { RunningSimcloud } from '../../simcloud/testing.js';
import inspector2 from '../../sources/live/aws/collectors/inspector2.js';
import ssm from '../../sources/live/aws/collectors/ssm.js';
import { ACCOUNT, REGION, apiSource, known, run, start } from './world.js';

const ec2Uid = (id: string) => `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/${id}`;
const byUid = <R extends Resource>(resources: readonly Resource[], uid: string): R => {
  const r = resources.find((x) => x.uid === uid);
  if (!r) throw new Error(`no resource ${uid}`);
  return r as R;
};

function finding(n: string, severity: string, resource: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    findingArn: `arn:aws:inspector2:${REGION}:${ACCOUNT}:finding/${n}`,
    awsAccountId: ACCOUNT,
    type: 'PACKAGE_VULNERABILITY',
    title: `${n} title`,
    description: 'a vulnerable package',
    remediation: { recommendation: { text: 'upgrade' } },
    severity,
    status: 'ACTIVE',
    firstObservedAt: '2026-01-10T00:00:00Z',
    lastObservedAt: '2026-03-10T00:00:00Z',
    resources: [{ partition: 'aws', region: REGION, ...resource }],
    packageVulnerabilityDetails: { vulnerabilityId: n, source: 'NVD', cvss: [], vulnerablePackages: [] },
    ...extra,
  };
}

const instanceInfo = (id: string, extra: Record<string, unknown> = {}) => ({ InstanceId: id, PingStatus: 'Online', LastPingDateTime: '2026-03-10T10:00:00Z', AgentVersion: '3.3.0', IsLatestVersion: true, PlatformType: 'Linux', PlatformName: 'Amazon Linux', ResourceType: 'EC2Instance', ComputerName: `${id}.internal`, ...extra });

describe('ssm collector against simcloud', () => {
  let sim: RunningSimcloud;
  before(async () => {
    const filler = Array.from({ length: 60 }, (_, i) => instanceInfo(`i-f${String(i).padStart(3, '0')}`));
    sim = await start(
      {
        ssm: {
          InstanceInformationList: [instanceInfo('i-web'), instanceInfo('mi-0123', { ResourceType: 'ManagedInstance', PingStatus: 'ConnectionLost', IsLatestVersion: false, ComputerName: 'onprem-1' }), ...filler],
          InstancePatchStates: [
            { InstanceId: 'i-web', PatchGroup: 'web', BaselineId: 'pb-1', Operation: 'Scan', OperationStartTime: '2026-03-09T01:00:00Z', OperationEndTime: '2026-03-09T01:05:00Z', InstalledCount: 200, MissingCount: 12, FailedCount: 1, CriticalNonCompliantCount: 3, SecurityNonCompliantCount: 5, OtherNonCompliantCount: 0 },
            ...filler.map((f) => ({ InstanceId: f.InstanceId, BaselineId: 'pb-1', Operation: 'Install', OperationStartTime: '2026-03-09T01:00:00Z', OperationEndTime: '2026-03-09T02:00:00Z', InstalledCount: 210, MissingCount: 0, FailedCount: 0, CriticalNonCompliantCount: 0 })),
          ],
        },
      },
      ['ssm:DescribeInstancePatchStates'],
    );
  });
  after(() => sim.close());

  it('emits managed instances across pages with their patch compliance', async () => {
    const { resources, gaps, calls } = await run(sim, ssm);
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 62);
    assert.equal(calls.filter((c) => c === 'ssm:DescribeInstanceInformation').length, 2);
    assert.ok(calls.filter((c) => c === 'ssm:DescribeInstancePatchStates').length >= 2);
    const web = byUid<SsmManagedInstance>(resources, `arn:aws:ssm:${REGION}:${ACCOUNT}:managed-instance/i-web`);
    assert.equal(web.type, 'aws.ssm.managed-instance');
    assert.equal(known(web.properties.instanceUid), ec2Uid('i-web'));
    assert.equal(known(web.properties.pingStatus), 'Online');
    assert.equal(known(web.properties.platformType), 'Linux');
    assert.equal(known(web.properties.patchStateReported), true);
    assert.equal(known(web.properties.missingPatchCount), 12);
    assert.equal(known(web.properties.failedPatchCount), 1);
    assert.equal(known(web.properties.criticalNonCompliantCount), 3);
    assert.equal(known(web.properties.securityNonCompliantCount), 5);
    assert.equal(known(web.properties.lastPatchOperationTime), '2026-03-09T01:05:00.000Z');
    assert.equal(known(web.properties.lastPatchOperation), 'Scan');
    assert.deepEqual(web.properties.missingPatchCount.source, apiSource('ssm:DescribeInstancePatchStates'));
    const hybrid = byUid<SsmManagedInstance>(resources, `arn:aws:ssm:${REGION}:${ACCOUNT}:managed-instance/mi-0123`);
    assert.equal(known(hybrid.properties.instanceUid), null);
    assert.equal(known(hybrid.properties.pingStatus), 'ConnectionLost');
    assert.equal(known(hybrid.properties.patchStateReported), false);
    assert.equal(known(hybrid.properties.missingPatchCount), null);
    const last = byUid<SsmManagedInstance>(resources, `arn:aws:ssm:${REGION}:${ACCOUNT}:managed-instance/i-f059`);
    assert.equal(known(last.properties.missingPatchCount), 0);
  });

  it('leaves patch compliance unknown with gaps when DescribeInstancePatchStates is denied', async () => {
    const { resources, gaps } = await run(sim, ssm, true);
    assert.equal(resources.length, 62);
    const web = byUid<SsmManagedInstance>(resources, `arn:aws:ssm:${REGION}:${ACCOUNT}:managed-instance/i-web`);
    assert.equal(web.properties.criticalNonCompliantCount.kind, 'unresolvable');
    assert.equal(web.properties.patchStateReported.kind, 'unresolvable');
    assert.equal(known(web.properties.pingStatus), 'Online');
    assert.equal(gaps.length, 2);
    assert.ok(gaps.every((g) => g.call === 'ssm:DescribeInstancePatchStates' && g.reason === 'AccessDenied'));
  });
});

describe('inspector2 collector against simcloud', () => {
  let sim: RunningSimcloud;
  let off: RunningSimcloud;
  before(async () => {
    const filler = Array.from({ length: 110 }, (_, i) => finding(`CVE-2025-${1000 + i}`, 'MEDIUM', { type: 'AWS_EC2_INSTANCE', id: `i-f${i}` }));
    sim = await start(
      {
        inspector2: {
          AccountStatus: { state: { status: 'ENABLED' }, resourceState: { ec2: { status: 'ENABLED' }, ecr: { status: 'ENABLED' }, lambda: { status: 'DISABLED' }, lambdaCode: { status: 'DISABLED' } } },
          Findings: [
            finding('CVE-2024-6387', 'CRITICAL', { type: 'AWS_EC2_INSTANCE', id: 'i-web' }, {
              exploitAvailable: 'YES',
              fixAvailable: 'YES',
              inspectorScore: 9.8,
              packageVulnerabilityDetails: { vulnerabilityId: 'CVE-2024-6387', source: 'NVD', cvss: [{ baseScore: 8.1, scoringVector: 'CVSS:3.1/AV:N', source: 'NVD', version: '3.1' }], vulnerablePackages: [{ name: 'openssh-server', version: '8.7p1', fixedInVersion: '8.7p1-38', packageManager: 'OS' }] },
            }),
            finding('CVE-2023-44487', 'HIGH', { type: 'AWS_ECR_CONTAINER_IMAGE', id: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/app/sha256:abc123`, details: { awsEcrContainerImage: { repositoryName: 'app', imageHash: 'sha256:abc123', registry: ACCOUNT } } }, { exploitAvailable: 'NO', fixAvailable: 'NO' }),
            finding('CVE-2024-0001', 'LOW', { type: 'AWS_LAMBDA_FUNCTION', id: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:resize:$LATEST` }),
            finding('CVE-2020-0001', 'CRITICAL', { type: 'AWS_EC2_INSTANCE', id: 'i-old' }, { status: 'CLOSED' }),
            ...filler,
          ],
        },
      },
      ['inspector2:BatchGetAccountStatus'],
    );
    off = await start({});
  });
  after(async () => {
    await sim.close();
    await off.close();
  });

  it('emits coverage and every active finding across pages, joined to EC2, ECR and Lambda uids', async () => {
    const { resources, gaps, calls } = await run(sim, inspector2);
    assert.deepEqual(gaps, []);
    const cov = byUid<Inspector2Coverage>(resources, `arn:aws:inspector2:${REGION}:${ACCOUNT}:coverage`);
    assert.equal(known(cov.properties.enabled), true);
    assert.equal(known(cov.properties.ec2Scanning), true);
    assert.equal(known(cov.properties.lambdaScanning), false);
    const findings = resources.filter((r): r is VulnerabilityFinding => r.type === 'vulnerability.finding');
    assert.equal(findings.length, 113);
    assert.equal(calls.filter((c) => c === 'inspector2:ListFindings').length, 2);
    const ssh = byUid<VulnerabilityFinding>(resources, `arn:aws:inspector2:${REGION}:${ACCOUNT}:finding/CVE-2024-6387`);
    assert.equal(known(ssh.properties.vulnerabilityId), 'CVE-2024-6387');
    assert.equal(known(ssh.properties.severity), 'CRITICAL');
    assert.equal(known(ssh.properties.cvssScore), 8.1);
    assert.equal(known(ssh.properties.inspectorScore), 9.8);
    assert.equal(known(ssh.properties.exploitAvailable), true);
    assert.equal(known(ssh.properties.fixAvailable), 'YES');
    assert.deepEqual(known(ssh.properties.packages), [{ name: 'openssh-server', version: '8.7p1', fixedInVersion: '8.7p1-38', packageManager: 'OS' }]);
    assert.equal(known(ssh.properties.resourceType), 'AWS_EC2_INSTANCE');
    assert.equal(known(ssh.properties.resourceUid), ec2Uid('i-web'));
    assert.equal(known(ssh.properties.firstObservedAt), '2026-01-10T00:00:00.000Z');
    assert.deepEqual(ssh.properties.severity.source, apiSource('inspector2:ListFindings'));
    const img = byUid<VulnerabilityFinding>(resources, `arn:aws:inspector2:${REGION}:${ACCOUNT}:finding/CVE-2023-44487`);
    assert.equal(known(img.properties.resourceUid), `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/app@sha256:abc123`);
    assert.equal(known(img.properties.exploitAvailable), false);
    const fn = byUid<VulnerabilityFinding>(resources, `arn:aws:inspector2:${REGION}:${ACCOUNT}:finding/CVE-2024-0001`);
    assert.equal(known(fn.properties.resourceUid), `arn:aws:lambda:${REGION}:${ACCOUNT}:function:resize`);
    assert.equal(known(fn.properties.exploitAvailable), null);
    assert.equal(findings.some((f) => f.uid.endsWith('CVE-2020-0001')), false);
  });

  it('denied BatchGetAccountStatus: coverage unknown with a gap, findings still listed', async () => {
    const { resources, gaps } = await run(sim, inspector2, true);
    const cov = byUid<Inspector2Coverage>(resources, `arn:aws:inspector2:${REGION}:${ACCOUNT}:coverage`);
    assert.equal(cov.properties.enabled.kind, 'unresolvable');
    assert.match(cov.properties.enabled.reason ?? '', /AccessDenied/);
    assert.equal(gaps.length, 1);
    assert.equal(gaps[0]?.call, 'inspector2:BatchGetAccountStatus');
    assert.equal(resources.filter((r) => r.type === 'vulnerability.finding').length, 113);
  });

  it('an account without Inspector gets coverage with enabled false, and no findings call', async () => {
    const { resources, gaps, calls } = await run(off, inspector2);
    assert.deepEqual(gaps, []);
    assert.equal(resources.length, 1);
    assert.equal(known((resources[0] as Inspector2Coverage).properties.enabled), false);
    assert.deepEqual(calls, ['inspector2:BatchGetAccountStatus']);
  });
});
