import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  OrganizationsClient,
  DescribeOrganizationCommand,
  ListAccountsCommand,
  ListRootsCommand,
  ListOrganizationalUnitsForParentCommand,
  ListParentsCommand,
  ListChildrenCommand,
  ListPoliciesCommand,
  DescribePolicyCommand,
  ListTargetsForPolicyCommand,
  ListPoliciesForTargetCommand,
  paginateListAccounts,
} from '@aws-sdk/client-organizations';
import { startSimcloud } from '../testing.js';
import type { RunningSimcloud } from '../testing.js';
import type { WorldInput } from '../world/schema.js';
import { defaultCredentialFor } from '../world/load.js';

const MGMT = '100000000000';
const ids = Array.from({ length: 25 }, (_, i) => String(100000000000 + i));
const world: WorldInput = {
  organization: {
    id: 'o-exampleorg1',
    managementAccountId: MGMT,
    rootId: 'r-ab12',
    units: [
      { id: 'ou-ab12-prod0001', name: 'Prod' },
      { id: 'ou-ab12-team0001', name: 'Team', parentId: 'ou-ab12-prod0001' },
    ],
    policies: [{ id: 'p-denyregion1', name: 'DenyRegions', description: 'no', document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] }, targets: ['ou-ab12-prod0001', '100000000003'] }],
  },
  accounts: ids.map((id, i) => ({ id, name: `acct-${i}`, parentId: i === 3 ? 'ou-ab12-team0001' : undefined })),
};

describe('Organizations', () => {
  let sim: RunningSimcloud;
  let org: OrganizationsClient;
  before(async () => {
    sim = await startSimcloud(world);
    org = new OrganizationsClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials, maxAttempts: 1 });
  });
  after(() => sim.close());

  it('describes the organization', async () => {
    const r = await org.send(new DescribeOrganizationCommand({}));
    assert.equal(r.Organization?.Id, 'o-exampleorg1');
    assert.equal(r.Organization?.MasterAccountId, MGMT);
    assert.equal(r.Organization?.Arn, `arn:aws:organizations::${MGMT}:organization/o-exampleorg1`);
  });

  it('lists every account across pages; a forged token is rejected', async () => {
    const seen: string[] = [];
    let pages = 0;
    for await (const p of paginateListAccounts({ client: org, pageSize: 10 }, {})) {
      pages++;
      seen.push(...(p.Accounts ?? []).map((a) => a.Id!));
    }
    assert.equal(pages, 3);
    assert.deepEqual(seen, ids);
    const first = await org.send(new ListAccountsCommand({}));
    assert.equal(first.Accounts?.length, 20);
    assert.ok(first.Accounts?.[0]?.JoinedTimestamp instanceof Date);
    await assert.rejects(org.send(new ListAccountsCommand({ NextToken: `${first.NextToken}x` })), (e: Error) => e.name === 'InvalidInputException');
  });

  it('walks roots, OUs and parents', async () => {
    const roots = await org.send(new ListRootsCommand({}));
    assert.equal(roots.Roots?.[0]?.Id, 'r-ab12');
    const ous = await org.send(new ListOrganizationalUnitsForParentCommand({ ParentId: 'r-ab12' }));
    assert.deepEqual(ous.OrganizationalUnits?.map((o) => o.Name), ['Prod']);
    const parents = await org.send(new ListParentsCommand({ ChildId: '100000000003' }));
    assert.deepEqual(parents.Parents, [{ Id: 'ou-ab12-team0001', Type: 'ORGANIZATIONAL_UNIT' }]);
    const rootParent = await org.send(new ListParentsCommand({ ChildId: 'ou-ab12-prod0001' }));
    assert.equal(rootParent.Parents?.[0]?.Type, 'ROOT');
    await assert.rejects(org.send(new ListParentsCommand({ ChildId: '999999999999' })), (e: Error) => e.name === 'ChildNotFoundException');
    const kids = await org.send(new ListChildrenCommand({ ParentId: 'ou-ab12-team0001', ChildType: 'ACCOUNT' }));
    assert.deepEqual(kids.Children, [{ Id: '100000000003', Type: 'ACCOUNT' }]);
  });

  it('serves SCPs, their targets and the policies of a target', async () => {
    const pols = await org.send(new ListPoliciesCommand({ Filter: 'SERVICE_CONTROL_POLICY' }));
    assert.deepEqual(pols.Policies?.map((p) => p.Name), ['DenyRegions']);
    const d = await org.send(new DescribePolicyCommand({ PolicyId: 'p-denyregion1' }));
    assert.equal(JSON.parse(d.Policy!.Content!).Statement[0].Effect, 'Deny');
    const t = await org.send(new ListTargetsForPolicyCommand({ PolicyId: 'p-denyregion1' }));
    assert.deepEqual(t.Targets?.map((x) => [x.TargetId, x.Type]), [['ou-ab12-prod0001', 'ORGANIZATIONAL_UNIT'], ['100000000003', 'ACCOUNT']]);
    const forAcct = await org.send(new ListPoliciesForTargetCommand({ TargetId: '100000000003', Filter: 'SERVICE_CONTROL_POLICY' }));
    assert.equal(forAcct.Policies?.[0]?.Id, 'p-denyregion1');
    const none = await org.send(new ListPoliciesForTargetCommand({ TargetId: '100000000004', Filter: 'SERVICE_CONTROL_POLICY' }));
    assert.deepEqual(none.Policies, []);
    await assert.rejects(org.send(new DescribePolicyCommand({ PolicyId: 'p-missing000' })), (e: Error) => e.name === 'PolicyNotFoundException');
  });

  it('members may describe the organization but not list it', async () => {
    const member = new OrganizationsClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: defaultCredentialFor('100000000001'), maxAttempts: 1 });
    assert.equal((await member.send(new DescribeOrganizationCommand({}))).Organization?.Id, 'o-exampleorg1');
    await assert.rejects(member.send(new ListAccountsCommand({})), (e: Error) => e.name === 'AccessDeniedException');
  });

  it('an account outside any organization gets AWSOrganizationsNotInUseException', async () => {
    const solo = await startSimcloud({ accounts: [{ id: '300000000000' }] });
    try {
      const c = new OrganizationsClient({ endpoint: solo.endpoint, region: 'us-east-1', credentials: solo.credentials, maxAttempts: 1 });
      await assert.rejects(c.send(new DescribeOrganizationCommand({})), (e: Error) => e.name === 'AWSOrganizationsNotInUseException');
    } finally {
      await solo.close();
    }
  });
});
