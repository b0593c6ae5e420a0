import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { startSimcloud, type RunningSimcloud } from '../../../../simcloud/testing.js';
import type { WorldInput } from '../../../../simcloud/world/schema.js';
import type { Resource } from '../../../../model/core/index.js';
import type { OrganizationsAccountProperties, OrganizationsScpProperties } from '../../../../model/aws/organizations.js';
import { runCollectorForTest } from '../testing.js';
import organizations from './organizations.js';

const MGMT = '100000000000';
const members = Array.from({ length: 23 }, (_, i) => String(200000000000 + i));
const world: WorldInput = {
  organization: {
    id: 'o-abcdefghij',
    managementAccountId: MGMT,
    rootId: 'r-ab12',
    units: [
      { id: 'ou-ab12-workloads', name: 'Workloads' },
      { id: 'ou-ab12-prodprod', name: 'Prod', parentId: 'ou-ab12-workloads' },
    ],
    policies: [
      { id: 'p-denyleave1', name: 'DenyLeave', document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }] }, targets: ['r-ab12', 'ou-ab12-prodprod'] },
      // Valid JSON but not a policy (no Statement): the collector must not read it as an empty policy.
      { id: 'p-notapolicy', name: 'Broken', document: '{"Version": "2012-10-17"}', targets: [] },
    ],
  },
  accounts: [{ id: MGMT, name: 'management' }, ...members.map((id, i) => ({ id, name: `member-${i}`, parentId: i === 0 ? 'ou-ab12-workloads' : 'ou-ab12-prodprod' }))],
  credentials: [{ accessKeyId: 'AKIANOSCPS0000000001', secretAccessKey: 'x', accountId: MGMT, principal: 'user/auditor', denied: ['organizations:DescribePolicy'] }],
};

let sim: RunningSimcloud;
before(async () => {
  sim = await startSimcloud(world);
});
after(async () => {
  await sim.close();
});

const of = <P>(rs: Resource[], type: string) => rs.filter((r) => r.type === type) as Resource<string, P>[];

test('the management account lists every account (across pages) with its OU path, the OUs and the SCPs', async () => {
  const r = await runCollectorForTest(organizations, { endpoint: sim.endpoint, credentials: sim.credentials, account: MGMT, region: 'us-east-1' });
  assert.deepEqual(r.gaps, []);
  const accounts = of<OrganizationsAccountProperties>(r.resources, 'aws.organizations.account');
  assert.equal(accounts.length, 24);
  assert.ok(r.calls.filter((c) => c === 'organizations:ListAccountsForParent').length >= 4, 'Prod holds 22 accounts: two pages of 20');
  const deep = accounts.find((a) => a.properties.accountId.value === members[5])!;
  assert.equal(deep.properties.parentPath.value, 'Root/Workloads/Prod');
  assert.equal(deep.properties.parentId.value, 'ou-ab12-prodprod');
  assert.equal(deep.properties.isManagementAccount.value, false);
  assert.deepEqual(deep.properties.parentPath.source, { kind: 'api', call: 'organizations:ListAccountsForParent', region: 'us-east-1', account: MGMT });
  assert.equal(deep.uid, `arn:aws:organizations::${MGMT}:account/o-abcdefghij/${members[5]}`);
  assert.equal(accounts.find((a) => a.properties.accountId.value === MGMT)!.properties.isManagementAccount.value, true);
  assert.deepEqual(of(r.resources, 'aws.organizations.unit').map((u) => u.name).sort(), ['Prod', 'Workloads']);
  const scps = of<OrganizationsScpProperties>(r.resources, 'aws.organizations.scp');
  const deny = scps.find((s) => s.name === 'DenyLeave')!;
  assert.deepEqual(deny.properties.targets.value, ['ou-ab12-prodprod', 'r-ab12']);
  assert.equal(deny.properties.document.value?.Statement[0]?.Effect, 'Deny');
  const broken = scps.find((s) => s.name === 'Broken')!;
  assert.equal(broken.properties.document.kind, 'unresolvable', 'a document that is not a policy is unknown, not empty');
  assert.match(broken.properties.document.reason ?? '', /InvalidPolicy/);
});

test('a denied DescribePolicy leaves the SCP documents unknown, with a gap per policy', async () => {
  const r = await runCollectorForTest(organizations, { endpoint: sim.endpoint, credentials: { accessKeyId: 'AKIANOSCPS0000000001', secretAccessKey: 'x' }, account: MGMT, region: 'us-east-1' });
  const scps = of<OrganizationsScpProperties>(r.resources, 'aws.organizations.scp');
  assert.ok(scps.length >= 1);
  for (const s of scps) {
    assert.equal(s.properties.document.kind, 'unresolvable');
    assert.match(s.properties.document.reason ?? '', /AccessDenied/);
    assert.equal(s.properties.targets.kind, 'explicit');
  }
  assert.deepEqual(
    r.gaps.map((g) => [g.call, g.reason, g.resourceId]),
    scps.map((s) => ['organizations:DescribePolicy', 'AccessDenied', s.uid]),
  );
});

test('a member account, or an account outside any organization, emits nothing and records no gap', async () => {
  const member = await runCollectorForTest(organizations, { endpoint: sim.endpoint, credentials: { accessKeyId: `AKIASIM${members[0]}X`, secretAccessKey: `simcloud-admin-secret-${members[0]}` }, account: members[0]!, region: 'us-east-1' });
  assert.deepEqual([member.resources.length, member.gaps], [0, []]);
  assert.deepEqual(member.calls, ['organizations:DescribeOrganization']);
  const alone = await startSimcloud({ accounts: [{ id: '300000000000' }] });
  try {
    const r = await runCollectorForTest(organizations, { endpoint: alone.endpoint, credentials: alone.credentials, account: '300000000000', region: 'us-east-1' });
    assert.deepEqual([r.resources.length, r.gaps], [0, []]);
  } finally {
    await alone.close();
  }
});
