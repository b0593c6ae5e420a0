import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, mapValue, unresolvable } from '../../../../model/core/index.js';
import type { ListenerProperties, LoadBalancerProperties, ShieldProtectionProperties, ShieldSubscriptionProperties, WebAclAssociationProperties } from '../../../../model/aws/network-edge.js';
import type { ApiGatewayDomainNameProperties } from '../../../../model/aws/api.js';
import type { TfResourceInstance } from '../instance.js';
import type { AdaptContext } from './context.js';
import { SUBNET_TYPES } from './ec2.js';
import { isUnresolved } from './scope.js';
import type { Scope } from './scope.js';
import { SG_TYPES } from './security-group.js';

const LB = ['aws_lb', 'aws_alb'];
const LB_LIT = ['name'];

function adaptLb(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const type = s.str('load_balancer_type', 'application');
  const isApp = type.kind !== 'unresolvable' && type.value === 'application';
  let subnets = s.refList('subnets', SUBNET_TYPES, ['cidr_block']);
  if (!s.has('subnets')) {
    const maps = s.blocks('subnet_mapping');
    if (isUnresolved(maps)) subnets = maps;
    else if (maps.length > 0) {
      const ids: string[] = [];
      for (const m of maps) {
        const v = m.ref('subnet_id', SUBNET_TYPES, ['cidr_block']);
        if (v.kind === 'unresolvable') return ctx.resource(inst, 'aws.elbv2.load-balancer', lbProps(s, type, isApp, v as Value<never>), s.str('name'));
        ids.push(v.value as string);
      }
      subnets = explicit(ids, s.blockProv());
    }
  }
  return ctx.resource(inst, 'aws.elbv2.load-balancer', lbProps(s, type, isApp, subnets), s.str('name'));
}

function lbProps(s: Scope, type: Value<string>, isApp: boolean, subnets: Value<readonly string[]>): LoadBalancerProperties {
  return {
    lbType: type,
    scheme: mapValue(s.bool('internal', false, 'load balancers are internet-facing unless internal = true'), (i) => (i ? 'internal' : 'internet-facing')),
    dropInvalidHeaderFields: isApp ? s.bool('drop_invalid_header_fields', false) : defaulted(false, s.blockProv(), 'applies to application load balancers only'),
    deletionProtection: s.bool('enable_deletion_protection', false),
    accessLogsEnabled: s.has('access_logs')
      ? s.bool('access_logs.enabled', false, 'access_logs.enabled defaults to false, even with a bucket set')
      : defaulted(false, s.blockProv(), 'no access_logs block'),
    securityGroups: s.refList('security_groups', SG_TYPES, ['name'], [], isApp ? 'no security group set: AWS attaches the VPC default group' : undefined),
    subnets,
  };
}

/** Whether the listener's default action redirects to HTTPS. */
function redirectsToHttps(s: Scope): Value<boolean> {
  const actions = s.blocks('default_action');
  if (isUnresolved(actions)) return actions;
  for (const a of actions) {
    const type = a.str('type');
    if (type.kind === 'unresolvable') return type as Value<never>;
    if (type.value !== 'redirect') continue;
    const proto = a.str('redirect.protocol', '#{protocol}', 'the redirect keeps the request protocol');
    if (proto.kind === 'unresolvable') return proto as Value<never>;
    if (proto.value === 'HTTPS') return explicit(true, proto.source);
  }
  return actions.length > 0 ? explicit(false, actions[0]!.blockProv()) : unresolvable('no default_action', s.blockProv());
}

function adaptListener(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const lb = ctx.findTarget(s.node('load_balancer_arn'), inst, LB, LB_LIT);
  const lbType = lb ? ctx.scope(lb).str('load_balancer_type', 'application') : undefined;
  const protocolDefault = lbType?.kind === 'unresolvable' ? undefined : lbType?.value === 'network' ? 'TCP' : lbType?.value === 'gateway' ? 'GENEVE' : 'HTTP';
  const protocol = s.str('protocol', lb ? protocolDefault : undefined, lb ? 'the listener protocol default for this load balancer type' : 'no protocol and the load balancer is not in the configuration');
  const tls = protocol.kind !== 'unresolvable' && (protocol.value === 'HTTPS' || protocol.value === 'TLS');
  const props: ListenerProperties = {
    loadBalancerId: s.ref('load_balancer_arn', LB, LB_LIT),
    protocol,
    port: s.num('port', undefined, 'no port set'),
    sslPolicy: tls ? s.str('ssl_policy', 'ELBSecurityPolicy-2016-08', 'the ELB API default policy when none is set') : s.strOrNull('ssl_policy'),
    redirectsToHttps: redirectsToHttps(s),
  };
  return ctx.resource(inst, 'aws.elbv2.listener', props);
}

function adaptWafAssociation(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const props: WebAclAssociationProperties = {
    resourceId: s.ref('resource_arn', [...LB, 'aws_api_gateway_stage', 'aws_appsync_graphql_api', 'aws_cognito_user_pool'], LB_LIT),
    webAclId: s.ref('web_acl_arn', ['aws_wafv2_web_acl'], ['name']),
  };
  return ctx.resource(inst, 'aws.wafv2.web-acl-association', props);
}

/**
 * API Gateway custom domain names: v1 (`security_policy`, `endpoint_configuration.types`) and v2 (one
 * `domain_name_configuration` block). An absent v1 policy is left unknown: the default depends on the API
 * Gateway version and endpoint type at creation, so only the deployed value tells.
 */
function adaptDomainName(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  let props: ApiGatewayDomainNameProperties;
  if (inst.type === 'aws_apigatewayv2_domain_name') {
    const conf = s.block('domain_name_configuration');
    const missing = unresolvable<string>('no domain_name_configuration block', s.blockProv());
    props = conf === undefined || isUnresolved(conf)
      ? { securityPolicy: conf === undefined ? missing : conf, endpointType: conf === undefined ? missing : conf }
      : { securityPolicy: conf.str('security_policy', undefined, 'security_policy is required'), endpointType: conf.str('endpoint_type', undefined, 'endpoint_type is required') };
  } else {
    const types = s.strList('endpoint_configuration.types', ['EDGE'], 'edge-optimized unless endpoint_configuration says otherwise');
    props = {
      securityPolicy: s.str('security_policy', undefined, 'no security_policy: the default is chosen by API Gateway at creation'),
      endpointType: mapValue(types, (t) => t[0] ?? 'EDGE'),
    };
  }
  return ctx.resource(inst, 'aws.apigateway.domain-name', props, s.str('domain_name'));
}

/** Resource types Shield Advanced protects, as Terraform declares them. */
const SHIELDED = [...LB, 'aws_cloudfront_distribution', 'aws_eip', 'aws_route53_zone', 'aws_globalaccelerator_accelerator'];

/** A declared Shield Advanced subscription is active; its renewal setting is `auto_renew`. */
function adaptShieldSubscription(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const props: ShieldSubscriptionProperties = {
    active: explicit(true, s.blockProv()),
    autoRenew: s.str('auto_renew', 'ENABLED', 'the provider default is ENABLED'),
    endTime: unresolvable('the commitment end is set by AWS when the subscription starts', s.blockProv()),
  };
  return ctx.resource(inst, 'aws.shield.subscription', props);
}

function adaptShieldProtection(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const props: ShieldProtectionProperties = { resourceArn: s.ref('resource_arn', SHIELDED, LB_LIT) };
  return ctx.resource(inst, 'aws.shield.protection', props, s.str('name'));
}

/** ELBv2 load balancers and listeners, WAFv2 web ACL associations API Gateway custom domain names and Shield Advanced subscriptions and protections. */
export function adaptNetworkEdge(ctx: AdaptContext): Resource[] {
  return [
    ...ctx.each(LB, (i) => adaptLb(ctx, i)),
    ...ctx.each(['aws_lb_listener', 'aws_alb_listener'], (i) => adaptListener(ctx, i)),
    ...ctx.each(['aws_wafv2_web_acl_association'], (i) => adaptWafAssociation(ctx, i)),
    ...ctx.each(['aws_api_gateway_domain_name', 'aws_apigatewayv2_domain_name'], (i) => adaptDomainName(ctx, i)),
    ...ctx.each(['aws_shield_subscription'], (i) => adaptShieldSubscription(ctx, i)),
    ...ctx.each(['aws_shield_protection'], (i) => adaptShieldProtection(ctx, i)),
  ];
}
