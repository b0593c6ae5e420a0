import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { Resource } from '../../../model/core/index.js';
import { startSimcloud, type RunningSimcloud } from '../../../simcloud/testing.js';
import type { WorldInput } from '../../../simcloud/world/schema.js';
import { apiValue, defineCollector, type CollectorDefinition } from './collector.js';
import { scanAws, type ScanAwsOptions, type ScanProgress } from './scan.js';
import sts from './collectors/sts.js';
import organizations from './collectors/organizations.js';

const MGMT = '111111111111';
const PROD = '222222222222';
const DEV = '333333333333';
const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${MGMT}:root` }, Action: 'sts:AssumeRole' }] });
const role = { RoleName: 'OrganizationAccountAccessRole', AssumeRolePolicyDocument: trust };
const world: WorldInput = {
  regions: ['us-east-1', 'eu-west-1', 'af-south-1'],
  optInRegions: ['af-south-1'],
  organization: {
    id: 'o-abcdefghij',
    managementAccountId: MGMT,
    rootId: 'r-ab12',
    units: [{ id: 'ou-ab12-workload1', name: 'Workloads' }],
    policies: [{ id: 'p-denyleave1', name: 'DenyLeave', document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }] }, targets: ['r-ab12'] }],
  },
  accounts: [
    { id: MGMT, name: 'management' },
    { id: PROD, name: 'prod', parentId: 'ou-ab12-workload1', enabledRegions: ['us-east-1', 'eu-west-1', 'af-south-1'], services: { iam: { Roles: [role] } } },
    { id: DEV, name: 'dev', parentId: 'ou-ab12-workload1', services: { iam: { Roles: [role] } } },
  ],
  // Sessions of the dev account's role may not describe VPCs: a denied service inside an assumed role.
  credentials: [{ accessKeyId: 'AKIADEVROLE000000001', secretAccessKey: 'unused', accountId: DEV, principal: 'role/OrganizationAccountAccessRole', denied: ['ec2:DescribeVpcs'] }],
};

/** A minimal regional collector: one real call per region, one resource per region. */
const vpcs = defineCollector({
  id: 'vpcs',
  scope: 'regional',
  apiCalls: ['ec2:DescribeVpcs'],
  permissions: ['ec2:DescribeVpcs'],
  emits: ['test.region-vpcs'],
  async collect(ctx) {
    const ec2 = ctx.client(EC2Client);
    const r = await ctx.call('ec2:DescribeVpcs', () => ec2.send(new DescribeVpcsCommand({})));
    if (!r.ok) return;
    const src = ctx.prov('ec2:DescribeVpcs');
    ctx.emit({ uid: `test:${ctx.account}:${ctx.region}`, type: 'test.region-vpcs', provider: 'aws', account: ctx.account, region: ctx.region, name: ctx.region, tags: apiValue({}, src), properties: { count: apiValue(r.value.Vpcs?.length ?? 0, src) }, origin: { kind: 'live', call: 'ec2:DescribeVpcs' }, source: src });
  },
});

let sim: RunningSimcloud;
before(async () => {
  sim = await startSimcloud(world);
});
after(async () => {
  await sim.close();
});

const base = (collectors: CollectorDefinition[]): ScanAwsOptions => ({ credentials: { keys: sim.credentials }, endpoint: sim.endpoint, homeRegion: 'us-east-1', collectors, maxAttempts: 2 });

test('--org scans every account through the member role, with a coverage matrix', async () => {
  const resources: Resource[] = [];
  const progress: ScanProgress[] = [];
  const r = await scanAws({ ...base([sts, organizations, vpcs]), org: {} }, { resource: (x) => resources.push(x), progress: (p) => progress.push(p) });
  assert.deepEqual([...r.accounts].sort(), [MGMT, PROD, DEV]);

  const who = resources.filter((x) => x.type === 'aws.sts.caller-identity').map((x) => x.uid).sort();
  assert.deepEqual(who, [`arn:aws:iam::${MGMT}:user/simcloud-admin`, `arn:aws:sts::${PROD}:assumed-role/OrganizationAccountAccessRole/cloudwarden`, `arn:aws:sts::${DEV}:assumed-role/OrganizationAccountAccessRole/cloudwarden`].sort());

  // Organizations data comes from the management account only.
  const orgAccounts = resources.filter((x) => x.type === 'aws.organizations.account');
  assert.equal(orgAccounts.length, 3);
  assert.ok(orgAccounts.every((x) => x.account === MGMT));
  const prod = orgAccounts.find((x) => x.name === 'prod')!;
  assert.equal((prod.properties as { parentPath: { value: string } }).parentPath.value, 'Root/Workloads');
  const scp = resources.find((x) => x.type === 'aws.organizations.scp')!;
  assert.deepEqual((scp.properties as { targets: { value: string[] } }).targets.value, ['r-ab12']);
  assert.equal((scp.properties as { document: { value: { Statement: { Effect: string }[] } } }).document.value.Statement[0]!.Effect, 'Deny');
  assert.equal(resources.filter((x) => x.type === 'aws.organizations.unit').length, 1);

  // Regions: each account's enabled ones (prod opted into af-south-1).
  const regionsOf = (acct: string) => resources.filter((x) => x.type === 'test.region-vpcs' && x.account === acct).map((x) => x.region).sort();
  assert.deepEqual(regionsOf(MGMT), ['eu-west-1', 'us-east-1']);
  assert.deepEqual(regionsOf(PROD), ['af-south-1', 'eu-west-1', 'us-east-1']);
  assert.deepEqual(regionsOf(DEV), []);

  const cell = (a: string, region: string, s: string) => r.coverage.find((c) => c.account === a && c.region === region && c.service === s);
  assert.equal(cell(DEV, 'eu-west-1', 'vpcs')?.status, 'failed');
  assert.deepEqual(cell(DEV, 'eu-west-1', 'vpcs')?.reasons, ['AccessDenied']);
  assert.equal(cell(PROD, 'af-south-1', 'vpcs')?.status, 'complete');
  assert.equal(cell(MGMT, 'global', 'organizations')?.status, 'complete');
  assert.equal(cell(DEV, 'global', 'sts')?.status, 'complete');
  assert.equal(r.coverage.length, 3 * 2 + 7);
  assert.equal(r.coverage.filter((c) => c.status !== 'complete').length, 2);

  const last = progress.at(-1)!;
  assert.deepEqual(last.accounts, { done: 3, total: 3 });
  assert.deepEqual(last.regions, { done: 7, total: 7 });
  assert.deepEqual(last.services, { done: 13, total: 13 });
  assert.equal(last.resources, resources.length);
  assert.equal(last.errors, 2);
  assert.ok(last.calls >= 13);
});

test('--regions overrides discovery; a disabled region shows as RegionDisabled coverage', async () => {
  const resources: Resource[] = [];
  const r = await scanAws({ ...base([vpcs]), regions: ['us-east-1', 'af-south-1'] }, { resource: (x) => resources.push(x) });
  assert.deepEqual(r.accounts, [MGMT]);
  assert.deepEqual(
    r.coverage.map((c) => [c.region, c.status, c.reasons.join()]),
    [
      ['af-south-1', 'failed', 'RegionDisabled'],
      ['us-east-1', 'complete', ''],
    ],
  );
  assert.equal(resources.length, 1);
});

test('a member role that cannot be assumed fails that account only', async () => {
  const resources: Resource[] = [];
  const r = await scanAws({ ...base([sts]), org: { roleName: 'NoSuchRole' } }, { resource: (x) => resources.push(x) });
  assert.equal(resources.length, 1);
  assert.equal(resources[0]!.account, MGMT);
  const failed = r.coverage.filter((c) => c.status === 'failed');
  assert.deepEqual(failed.map((c) => [c.account, c.region, c.service, c.reasons[0]]), [
    [PROD, '*', '*', 'AssumeRoleDenied'],
    [DEV, '*', '*', 'AssumeRoleDenied'],
  ]);
  assert.match(failed[0]!.message ?? '', /sts:AssumeRole/);
});

test('a collector that throws is a CollectorError gap and the scan goes on', async () => {
  const broken = defineCollector({ id: 'broken', scope: 'global', apiCalls: [], permissions: [], emits: [], collect: () => Promise.reject(new TypeError('boom')) });
  const r = await scanAws(base([broken, sts]), { resource: () => undefined });
  const b = r.coverage.find((c) => c.service === 'broken')!;
  assert.equal(b.status, 'failed');
  assert.deepEqual(b.reasons, ['CollectorError']);
  assert.match(b.message ?? '', /boom/);
  assert.equal(r.coverage.find((c) => c.service === 'sts')?.status, 'complete');
  assert.equal(r.gaps.filter((g) => g.reason === 'CollectorError').length, 1);
});

test('unknown --services is a usage error', async () => {
  await assert.rejects(scanAws({ ...base([sts]), services: ['nope'] }, { resource: () => undefined }), /unknown service "nope"/);
});

test('resources stream to the sink while the scan runs, under the concurrency limits', async () => {
  const inFlight = { all: 0, byAccount: new Map<string, number>(), byService: new Map<string, number>() };
  const peaks = { all: 0, account: 0, service: 0 };
  let runsFinished = 0;
  let finishedAtFirstResource: number | undefined;
  const slow = (id: string) =>
    defineCollector({
      id,
      scope: 'regional',
      apiCalls: ['sts:GetCallerIdentity'],
      permissions: ['sts:GetCallerIdentity'],
      emits: ['test.tick'],
      async collect(ctx) {
        const bump = (m: Map<string, number>, k: string, d: number) => m.set(k, (m.get(k) ?? 0) + d).get(k)!;
        inFlight.all++;
        peaks.all = Math.max(peaks.all, inFlight.all);
        peaks.account = Math.max(peaks.account, bump(inFlight.byAccount, ctx.account, 1));
        peaks.service = Math.max(peaks.service, bump(inFlight.byService, id, 1));
        const client = ctx.client(STSClient);
        for (let i = 0; i < 3; i++) {
          await ctx.call('sts:GetCallerIdentity', () => client.send(new GetCallerIdentityCommand({})));
          const src = ctx.prov('sts:GetCallerIdentity');
          ctx.emit({ uid: `${id}:${ctx.account}:${ctx.region}:${i}`, type: 'test.tick', provider: 'aws', account: ctx.account, region: ctx.region, name: String(i), tags: apiValue({}, src), properties: {}, origin: { kind: 'live', call: 'sts:GetCallerIdentity' }, source: src });
        }
        runsFinished++;
        inFlight.all--;
        bump(inFlight.byAccount, ctx.account, -1);
        bump(inFlight.byService, id, -1);
      },
    });
  const collectors = ['a', 'b', 'c', 'd'].map(slow);
  const order: string[] = [];
  const r = await scanAws({ ...base(collectors), org: {}, limits: { global: 3, perAccount: 2, perService: 1 } }, {
    resource: (x) => {
      order.push(x.uid);
      finishedAtFirstResource ??= runsFinished;
    },
  });
  // 3 accounts; the org world enables 2 regions for mgmt and dev, 3 for prod → 7 regions × 4 collectors × 3 resources.
  assert.equal(order.length, 7 * 4 * 3);
  // Streaming: the first resource reached the sink before any collector run had finished.
  assert.equal(finishedAtFirstResource, 0);
  assert.equal(runsFinished, 7 * 4);
  // Within one collector run, resources arrive in emission order.
  const aMgmtUsEast = order.filter((u) => u.startsWith(`a:${MGMT}:us-east-1:`));
  assert.deepEqual(aMgmtUsEast, [0, 1, 2].map((i) => `a:${MGMT}:us-east-1:${i}`));
  assert.ok(peaks.all <= 3, `global peak ${peaks.all}`);
  assert.ok(peaks.account <= 2, `per-account peak ${peaks.account}`);
  assert.equal(peaks.service, 1);
  assert.ok(r.peakConcurrency <= 3 && r.peakConcurrency >= 2);
  assert.ok(r.coverage.every((c) => c.status === 'complete'));
});
