/**
 * AWS Organizations (awsJson1_1, target `AWSOrganizationsV20161128`), read from `world.organization`.
 * Only the management account may call the list/describe operations (others: AccessDeniedException);
 * any member may call DescribeOrganization; an account outside the organization gets
 * AWSOrganizationsNotInUseException. SCPs are exactly those the world declares (no implicit FullAWSAccess).
 */
import { defineService, SimError } from '../service.js';
import type { CallContext, OperationHandler } from '../service.js';
import type { AccountState, OrganizationState } from '../world/state.js';
import { paginate } from '../pagination.js';

type Policy = OrganizationState['policies'][number] & { readonly description?: string };
type Handler = (input: Record<string, unknown>, org: OrganizationState, ctx: CallContext) => unknown;

const SCP = 'SERVICE_CONTROL_POLICY';

function arns(org: OrganizationState) {
  const base = `arn:aws:organizations::${org.managementAccountId}`;
  return {
    org: `${base}:organization/${org.id}`,
    account: (id: string) => `${base}:account/${org.id}/${id}`,
    root: `${base}:root/${org.id}/${org.rootId}`,
    ou: (id: string) => `${base}:ou/${org.id}/${id}`,
    policy: (id: string) => `${base}:policy/${org.id}/service_control_policy/${id}`,
  };
}

function page<T>(items: readonly T[], input: Record<string, unknown>) {
  const max = input.MaxResults;
  if (max !== undefined && (typeof max !== 'number' || max < 1 || max > 20)) throw new SimError('InvalidInputException', 'MaxResults must be between 1 and 20.', 400);
  return paginate(items, typeof input.NextToken === 'string' ? input.NextToken : undefined, max as number | undefined, 20, { errorCode: 'InvalidInputException' });
}

function accountSummary(org: OrganizationState, a: AccountState) {
  return { Id: a.id, Arn: arns(org).account(a.id), Email: a.email, Name: a.name, Status: 'ACTIVE', State: 'ACTIVE', JoinedMethod: a.id === org.managementAccountId ? 'CREATED' : 'INVITED', JoinedTimestamp: new Date('2020-01-01T00:00:00Z') };
}

function policySummary(org: OrganizationState, p: Policy) {
  return { Id: p.id, Arn: arns(org).policy(p.id), Name: p.name, Description: p.description ?? '', Type: SCP, AwsManaged: p.id === 'p-FullAWSAccess' };
}

function requireString(input: Record<string, unknown>, key: string): string {
  const v = input[key];
  if (typeof v !== 'string' || v === '') throw new SimError('InvalidInputException', `${key} is required.`, 400);
  return v;
}

function requireScpFilter(input: Record<string, unknown>): void {
  if (input.Filter !== SCP) throw new SimError('InvalidInputException', `simcloud's Organizations models only ${SCP} (Filter was ${String(input.Filter)}).`, 400);
}

function target(org: OrganizationState, ctx: CallContext, id: string) {
  const a = arns(org);
  if (id === org.rootId) return { TargetId: id, Arn: a.root, Name: 'Root', Type: 'ROOT' };
  const ou = org.units.find((u) => u.id === id);
  if (ou) return { TargetId: id, Arn: a.ou(id), Name: ou.name, Type: 'ORGANIZATIONAL_UNIT' };
  const acct = ctx.world.accounts.get(id);
  if (acct) return { TargetId: id, Arn: a.account(id), Name: acct.name, Type: 'ACCOUNT' };
  return undefined;
}

/** Wraps a handler with the organization membership and management-account checks. */
function op(handler: Handler, managementOnly = true): OperationHandler {
  return (input, ctx) => {
    const org = ctx.world.organization;
    if (!org) throw new SimError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.', 400);
    if (managementOnly && ctx.caller.accountId !== org.managementAccountId) {
      throw new SimError('AccessDeniedException', "You don't have permissions to access this resource.", 400);
    }
    return handler(input, org, ctx);
  };
}

const operations: Record<string, OperationHandler> = {
  DescribeOrganization: op(
    (_i, org, ctx) => ({
      Organization: {
        Id: org.id,
        Arn: arns(org).org,
        FeatureSet: 'ALL',
        MasterAccountArn: arns(org).account(org.managementAccountId),
        MasterAccountId: org.managementAccountId,
        MasterAccountEmail: ctx.world.accounts.get(org.managementAccountId)?.email,
        AvailablePolicyTypes: [{ Type: SCP, Status: 'ENABLED' }],
      },
    }),
    false,
  ),
  ListAccounts: op((input, org, ctx) => {
    const p = page([...ctx.world.accounts.values()].sort((a, b) => a.id.localeCompare(b.id)), input);
    return { Accounts: p.items.map((a) => accountSummary(org, a)), NextToken: p.nextToken };
  }),
  DescribeAccount: op((input, org, ctx) => {
    const a = ctx.world.accounts.get(requireString(input, 'AccountId'));
    if (!a) throw new SimError('AccountNotFoundException', "You specified an account that doesn't exist.", 400);
    return { Account: accountSummary(org, a) };
  }),
  ListRoots: op((input, org) => {
    const p = page([org.rootId], input);
    return { Roots: p.items.map((id) => ({ Id: id, Arn: arns(org).root, Name: 'Root', PolicyTypes: [{ Type: SCP, Status: 'ENABLED' }] })), NextToken: p.nextToken };
  }),
  ListOrganizationalUnitsForParent: op((input, org) => {
    const parent = requireString(input, 'ParentId');
    if (parent !== org.rootId && !org.units.some((u) => u.id === parent)) throw new SimError('ParentNotFoundException', 'We can\'t find a root or OU with the ParentId that you specified.', 400);
    const p = page(org.units.filter((u) => u.parentId === parent), input);
    return { OrganizationalUnits: p.items.map((u) => ({ Id: u.id, Arn: arns(org).ou(u.id), Name: u.name })), NextToken: p.nextToken };
  }),
  ListAccountsForParent: op((input, org, ctx) => {
    const parent = requireString(input, 'ParentId');
    if (parent !== org.rootId && !org.units.some((u) => u.id === parent)) throw new SimError('ParentNotFoundException', 'We can\'t find a root or OU with the ParentId that you specified.', 400);
    const p = page([...ctx.world.accounts.values()].filter((a) => a.parentId === parent), input);
    return { Accounts: p.items.map((a) => accountSummary(org, a)), NextToken: p.nextToken };
  }),
  ListChildren: op((input, org, ctx) => {
    const parent = requireString(input, 'ParentId');
    if (parent !== org.rootId && !org.units.some((u) => u.id === parent)) throw new SimError('ParentNotFoundException', 'We can\'t find a root or OU with the ParentId that you specified.', 400);
    const type = input.ChildType;
    if (type !== 'ACCOUNT' && type !== 'ORGANIZATIONAL_UNIT') throw new SimError('InvalidInputException', 'ChildType must be ACCOUNT or ORGANIZATIONAL_UNIT.', 400);
    const ids = type === 'ACCOUNT' ? [...ctx.world.accounts.values()].filter((a) => a.parentId === parent).map((a) => a.id) : org.units.filter((u) => u.parentId === parent).map((u) => u.id);
    const p = page(ids, input);
    return { Children: p.items.map((Id) => ({ Id, Type: type })), NextToken: p.nextToken };
  }),
  ListParents: op((input, org, ctx) => {
    const child = requireString(input, 'ChildId');
    const parentId = org.units.find((u) => u.id === child)?.parentId ?? ctx.world.accounts.get(child)?.parentId;
    if (!parentId) throw new SimError('ChildNotFoundException', "We can't find an organizational unit (OU) or AWS account with the ChildId that you specified.", 400);
    const p = page([parentId], input);
    return { Parents: p.items.map((id) => ({ Id: id, Type: id === org.rootId ? 'ROOT' : 'ORGANIZATIONAL_UNIT' })), NextToken: p.nextToken };
  }),
  ListPolicies: op((input, org) => {
    requireScpFilter(input);
    const p = page(org.policies as readonly Policy[], input);
    return { Policies: p.items.map((x) => policySummary(org, x)), NextToken: p.nextToken };
  }),
  DescribePolicy: op((input, org) => {
    const id = requireString(input, 'PolicyId');
    const pol = (org.policies as readonly Policy[]).find((x) => x.id === id);
    if (!pol) throw new SimError('PolicyNotFoundException', "We can't find a policy with the PolicyId that you specified.", 400);
    return { Policy: { PolicySummary: policySummary(org, pol), Content: pol.document } };
  }),
  ListTargetsForPolicy: op((input, org, ctx) => {
    const id = requireString(input, 'PolicyId');
    const pol = org.policies.find((x) => x.id === id);
    if (!pol) throw new SimError('PolicyNotFoundException', "We can't find a policy with the PolicyId that you specified.", 400);
    const p = page(pol.targets.map((t) => target(org, ctx, t)).filter((t) => t !== undefined), input);
    return { Targets: p.items, NextToken: p.nextToken };
  }),
  ListPoliciesForTarget: op((input, org, ctx) => {
    const id = requireString(input, 'TargetId');
    requireScpFilter(input);
    if (!target(org, ctx, id)) throw new SimError('TargetNotFoundException', "We can't find a root, OU, account, or policy with the TargetId that you specified.", 400);
    const p = page((org.policies as readonly Policy[]).filter((x) => x.targets.includes(id)), input);
    return { Policies: p.items.map((x) => policySummary(org, x)), NextToken: p.nextToken };
  }),
};

export default defineService({ signingName: 'organizations', protocol: 'awsJson1_1', targetPrefix: 'AWSOrganizationsV20161128', global: true, operations });
