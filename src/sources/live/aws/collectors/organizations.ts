/**
 * AWS Organizations: accounts (with their OU path), OUs and service control policies. Only the management
 * account can list them, so in a member account (or an account outside any organization) the collector
 * emits nothing and records no gap: that is the expected answer, not missing coverage.
 */
import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListPoliciesCommand,
  ListRootsCommand,
  ListTargetsForPolicyCommand,
  OrganizationsClient,
  type Account,
  type OrganizationalUnit,
} from '@aws-sdk/client-organizations';
import type { Resource } from '../../../../model/core/index.js';
import { parsePolicyDocument, type PolicyDocument } from '../../../../model/aws/policy.js';
import type { OrganizationsAccountProperties, OrganizationsScpProperties, OrganizationsUnitProperties } from '../../../../model/aws/organizations.js';
import { apiUnknown, apiValue, defineCollector, type CollectorContext, liveOrigin } from '../collector.js';

const LIST_ACCOUNTS = 'organizations:ListAccountsForParent';
const LIST_OUS = 'organizations:ListOrganizationalUnitsForParent';

interface Parent {
  readonly id: string;
  readonly path: string;
}

export default defineCollector({
  id: 'organizations',
  scope: 'global',
  apiCalls: [
    'organizations:DescribeOrganization',
    'organizations:ListRoots',
    LIST_OUS,
    LIST_ACCOUNTS,
    'organizations:ListPolicies',
    'organizations:DescribePolicy',
    'organizations:ListTargetsForPolicy',
  ],
  permissions: [
    'organizations:DescribeOrganization',
    'organizations:ListRoots',
    LIST_OUS,
    LIST_ACCOUNTS,
    'organizations:ListPolicies',
    'organizations:DescribePolicy',
    'organizations:ListTargetsForPolicy',
  ],
  emits: ['aws.organizations.account', 'aws.organizations.unit', 'aws.organizations.scp'],
  async collect(ctx) {
    const org = ctx.client(OrganizationsClient);
    const desc = await ctx.call('organizations:DescribeOrganization', () => org.send(new DescribeOrganizationCommand({})), { expected: ['AWSOrganizationsNotInUseException'] });
    if (!desc.ok || desc.value === undefined) return;
    const management = desc.value.Organization?.MasterAccountId;
    if (management !== ctx.account) return;
    const roots = await ctx.paginate('organizations:ListRoots', async (token) => {
      const r = await org.send(new ListRootsCommand({ NextToken: token }));
      return { items: r.Roots ?? [], next: r.NextToken };
    });
    if (!roots.ok) return;
    // Breadth-first over the OU tree: each parent's accounts and child OUs, carrying the path from the root.
    const queue: Parent[] = roots.value.flatMap((r) => (r.Id === undefined ? [] : [{ id: r.Id, path: r.Name ?? 'Root' }]));
    for (let parent = queue.shift(); parent !== undefined; parent = queue.shift()) {
      await collectAccounts(ctx, org, parent, management);
      for (const ou of await collectUnits(ctx, org, parent)) queue.push(ou);
    }
    await collectPolicies(ctx, org);
  },
});

async function collectAccounts(ctx: CollectorContext, org: OrganizationsClient, parent: Parent, management: string): Promise<void> {
  const accounts = await ctx.paginate<Account>(LIST_ACCOUNTS, async (token) => {
    const r = await org.send(new ListAccountsForParentCommand({ ParentId: parent.id, NextToken: token }));
    return { items: r.Accounts ?? [], next: r.NextToken };
  });
  if (!accounts.ok) return;
  const src = ctx.prov(LIST_ACCOUNTS);
  for (const a of accounts.value) {
    if (a.Id === undefined) continue;
    const properties: OrganizationsAccountProperties = {
      accountId: apiValue(a.Id, src),
      accountName: apiValue(a.Name ?? '', src),
      email: apiValue(a.Email ?? '', src),
      status: apiValue(a.Status ?? a.State ?? 'UNKNOWN', src),
      parentPath: apiValue(parent.path, src),
      parentId: apiValue(parent.id, src),
      joinedAt: apiValue(a.JoinedTimestamp ? a.JoinedTimestamp.toISOString() : null, src),
      joinedMethod: apiValue(a.JoinedMethod ?? 'UNKNOWN', src),
      isManagementAccount: apiValue(a.Id === management, src),
    };
    ctx.emit(resource(ctx, 'aws.organizations.account', a.Arn ?? `arn:aws:organizations::${ctx.account}:account/${a.Id}`, a.Name ?? a.Id, properties, LIST_ACCOUNTS));
  }
}

async function collectUnits(ctx: CollectorContext, org: OrganizationsClient, parent: Parent): Promise<Parent[]> {
  const units = await ctx.paginate<OrganizationalUnit>(LIST_OUS, async (token) => {
    const r = await org.send(new ListOrganizationalUnitsForParentCommand({ ParentId: parent.id, NextToken: token }));
    return { items: r.OrganizationalUnits ?? [], next: r.NextToken };
  });
  if (!units.ok) return [];
  const src = ctx.prov(LIST_OUS);
  const children: Parent[] = [];
  for (const ou of units.value) {
    if (ou.Id === undefined) continue;
    const path = `${parent.path}/${ou.Name ?? ou.Id}`;
    const properties: OrganizationsUnitProperties = {
      unitId: apiValue(ou.Id, src),
      unitName: apiValue(ou.Name ?? '', src),
      parentId: apiValue(parent.id, src),
      path: apiValue(path, src),
    };
    ctx.emit(resource(ctx, 'aws.organizations.unit', ou.Arn ?? `arn:aws:organizations::${ctx.account}:ou/${ou.Id}`, ou.Name ?? ou.Id, properties, LIST_OUS));
    children.push({ id: ou.Id, path });
  }
  return children;
}

async function collectPolicies(ctx: CollectorContext, org: OrganizationsClient): Promise<void> {
  const list = await ctx.paginate('organizations:ListPolicies', async (token) => {
    const r = await org.send(new ListPoliciesCommand({ Filter: 'SERVICE_CONTROL_POLICY', NextToken: token }));
    return { items: r.Policies ?? [], next: r.NextToken };
  });
  if (!list.ok) return;
  const src = ctx.prov('organizations:ListPolicies');
  for (const p of list.value) {
    if (p.Id === undefined) continue;
    const id = p.Id;
    const uid = p.Arn ?? `arn:aws:organizations::${ctx.account}:policy/service_control_policy/${id}`;
    const described = await ctx.call('organizations:DescribePolicy', () => org.send(new DescribePolicyCommand({ PolicyId: id })), { resourceId: uid });
    const docSrc = ctx.prov('organizations:DescribePolicy');
    let document = apiUnknown<PolicyDocument>(described.ok ? { reason: 'NoContent', message: 'the policy has no content' } : described, docSrc);
    if (described.ok && described.value.Policy?.Content !== undefined) {
      const parsed = parsePolicyDocument(described.value.Policy.Content);
      document = parsed.ok ? apiValue(parsed.document, docSrc) : apiUnknown({ reason: 'InvalidPolicy', message: parsed.error }, docSrc);
    }
    const targets = await ctx.paginate('organizations:ListTargetsForPolicy', async (token) => {
      const r = await org.send(new ListTargetsForPolicyCommand({ PolicyId: id, NextToken: token }));
      return { items: r.Targets ?? [], next: r.NextToken };
    });
    const tSrc = ctx.prov('organizations:ListTargetsForPolicy');
    const properties: OrganizationsScpProperties = {
      policyId: apiValue(id, src),
      policyName: apiValue(p.Name ?? id, src),
      awsManaged: apiValue(p.AwsManaged ?? false, src),
      document,
      targets: targets.ok ? apiValue(targets.value.flatMap((t) => (t.TargetId === undefined ? [] : [t.TargetId])).sort(), tSrc) : apiUnknown(targets, tSrc),
    };
    ctx.emit(resource(ctx, 'aws.organizations.scp', uid, p.Name ?? id, properties, 'organizations:ListPolicies'));
  }
}

function resource<P>(ctx: CollectorContext, type: string, uid: string, name: string, properties: P, call: string): Resource<string, P> {
  const src = ctx.prov(call);
  // Tags need one ListTagsForResource call per resource; we do not read them, and say so rather than claim "no tags".
  const tags = apiUnknown<Readonly<Record<string, string>>>({ reason: 'NotCollected', message: 'organizations tags are not read' }, src);
  return { uid, type, provider: 'aws', account: ctx.account, name, tags, properties, origin: liveOrigin(call), source: src };
}
