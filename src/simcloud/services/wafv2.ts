/**
 * AWS WAFv2 (awsJson1_1, AWSWAF_20190729): web ACLs and their associations. Web ACLs live in
 * `regions[<region>].wafv2.WebACLs` in the GetWebACL `WebACL` shape plus `Scope` (`REGIONAL` by default;
 * `CLOUDFRONT` ones belong in us-east-1, where AWS serves that scope) and `ResourceArns` (the associated
 * resources: ALB ARNs, API Gateway stage ARNs, ...).
 */
import { regionalSection } from '../world/state.js';
import { defineService, SimError, type CallContext } from '../service.js';
import { omit, pageOf, stableId } from './edge/common.js';

export interface WebAclState {
  Name: string;
  Id?: string;
  ARN?: string;
  Description?: string;
  Scope?: 'REGIONAL' | 'CLOUDFRONT';
  DefaultAction?: Record<string, unknown>;
  Rules?: Record<string, unknown>[];
  ResourceArns?: string[];
  [k: string]: unknown;
}

export interface Wafv2Section {
  WebACLs: WebAclState[];
}

function section(ctx: CallContext, region = ctx.region): Wafv2Section {
  const s = regionalSection<Wafv2Section>(ctx.account, region, 'wafv2', () => ({ WebACLs: [] }));
  s.WebACLs ??= [];
  return s;
}

function scopeOf(input: Record<string, unknown>, ctx: CallContext): 'REGIONAL' | 'CLOUDFRONT' {
  const scope = String(input.Scope ?? '');
  if (scope !== 'REGIONAL' && scope !== 'CLOUDFRONT') throw new SimError('WAFInvalidParameterException', 'Error reason: The parameter Scope is not valid., field: SCOPE_VALUE', 400);
  if (scope === 'CLOUDFRONT' && ctx.region !== 'us-east-1') throw new SimError('WAFInvalidParameterException', 'Error reason: The scope is not valid., field: SCOPE_VALUE, parameter: CLOUDFRONT', 400);
  return scope;
}

interface Resolved {
  acl: WebAclState;
  id: string;
  arn: string;
  scope: 'REGIONAL' | 'CLOUDFRONT';
}

function resolve(acl: WebAclState, ctx: CallContext): Resolved {
  const scope = acl.Scope ?? 'REGIONAL';
  const id = acl.Id ?? `${stableId(8, ctx.account.id, acl.Name)}-${stableId(4, 'a', acl.Name)}-${stableId(4, 'b', acl.Name)}-${stableId(4, 'c', acl.Name)}-${stableId(12, 'd', acl.Name)}`;
  const arn = acl.ARN ?? `arn:aws:wafv2:${ctx.region}:${ctx.account.id}:${scope === 'CLOUDFRONT' ? 'global' : 'regional'}/webacl/${acl.Name}/${id}`;
  return { acl, id, arn, scope };
}

function inScope(ctx: CallContext, scope: 'REGIONAL' | 'CLOUDFRONT'): Resolved[] {
  return section(ctx).WebACLs.map((a) => resolve(a, ctx)).filter((r) => r.scope === scope);
}

function full(r: Resolved): Record<string, unknown> {
  return {
    ...omit(r.acl, ['Scope', 'ResourceArns']),
    Id: r.id,
    ARN: r.arn,
    DefaultAction: r.acl.DefaultAction ?? { Allow: {} },
    Rules: r.acl.Rules ?? [],
    VisibilityConfig: r.acl.VisibilityConfig ?? { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: r.acl.Name },
    Capacity: r.acl.Capacity ?? 0,
  };
}

/** Which `ResourceType` of ListResourcesForWebACL an associated ARN belongs to. */
function resourceTypeOf(arn: string): string {
  if (arn.includes(':elasticloadbalancing:')) return 'APPLICATION_LOAD_BALANCER';
  if (arn.startsWith('arn:aws:apigateway:')) return 'API_GATEWAY';
  if (arn.includes(':appsync:')) return 'APPSYNC';
  if (arn.includes(':cognito-idp:')) return 'COGNITO_USER_POOL';
  if (arn.includes(':apprunner:')) return 'APP_RUNNER_SERVICE';
  if (arn.includes(':ec2:') && arn.includes('verified-access-instance')) return 'VERIFIED_ACCESS_INSTANCE';
  if (arn.includes(':amplify:')) return 'AMPLIFY';
  return 'UNKNOWN';
}

export default defineService({
  signingName: 'wafv2',
  protocol: 'awsJson1_1',
  targetPrefix: 'AWSWAF_20190729',
  operations: {
    ListWebACLs(input, ctx) {
      const items = inScope(ctx, scopeOf(input, ctx));
      const { page, next } = pageOf(items, input.NextMarker, input.Limit, { max: 100, badToken: 'WAFInvalidParameterException' });
      return {
        WebACLs: page.map((r) => ({ Name: r.acl.Name, Id: r.id, ARN: r.arn, Description: r.acl.Description ?? '', LockToken: stableId(36, r.arn) })),
        NextMarker: next,
      };
    },
    GetWebACL(input, ctx) {
      const scope = scopeOf(input, ctx);
      const hit = inScope(ctx, scope).find((r) => (input.ARN ? r.arn === input.ARN : r.id === input.Id && r.acl.Name === input.Name));
      if (!hit) throw new SimError('WAFNonexistentItemException', 'AWS WAF couldn’t perform the operation because your resource doesn’t exist.', 400);
      return { WebACL: full(hit), LockToken: stableId(36, hit.arn) };
    },
    ListResourcesForWebACL(input, ctx) {
      const arn = String(input.WebACLArn ?? '');
      const hit = inScope(ctx, 'REGIONAL').find((r) => r.arn === arn);
      if (!hit) throw new SimError('WAFNonexistentItemException', 'AWS WAF couldn’t perform the operation because your resource doesn’t exist.', 400);
      const type = String(input.ResourceType ?? 'APPLICATION_LOAD_BALANCER');
      return { ResourceArns: (hit.acl.ResourceArns ?? []).filter((a) => resourceTypeOf(a) === type) };
    },
    GetWebACLForResource(input, ctx) {
      const resource = String(input.ResourceArn ?? '');
      const hit = inScope(ctx, 'REGIONAL').find((r) => (r.acl.ResourceArns ?? []).includes(resource));
      return hit ? { WebACL: full(hit) } : {};
    },
  },
});
