/**
 * aws_route53_zone (public unless it has a `vpc` block; query logging from a joined aws_route53_query_log) and
 * aws_elb (classic ELB: listeners with the SSL negotiation policy attached through
 * aws_load_balancer_listener_policy and aws_load_balancer_policy, access logs, connection draining, cross-zone).
 */
import type { Resource, Value } from '../../../../model/core/index.js';
import { defaulted, explicit, isKnown, mapValue, unresolvable } from '../../../../model/core/index.js';
import type { ClassicListener, ClassicLoadBalancerProperties, HostedZoneProperties } from '../../../../model/aws/network-edge.js';
import type { TfResourceInstance } from '../instance.js';
import type { AdaptContext } from './context.js';
import { isUnresolved, type Scope } from './scope.js';
import { SG_TYPES } from './security-group.js';

const ZONE = ['aws_route53_zone'];

function adaptZone(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const vpcs = s.blocks('vpc');
  let queryLogGroup: Value<string | null> = defaulted(null, s.blockProv(), 'no aws_route53_query_log for this zone');
  const logs = ctx.joined(inst, ['aws_route53_query_log'], 'zone_id', ['name']);
  const undetermined = ctx.undeterminedJoin(inst, 'aws_route53_query_log', 'zone_id');
  if (logs.length > 0) queryLogGroup = ctx.scope(logs[0]!).ref('cloudwatch_log_group_arn', ['aws_cloudwatch_log_group'], ['name'], undefined, 'cloudwatch_log_group_arn is required');
  else if (undetermined) queryLogGroup = unresolvable(`${undetermined.address} logs a zone not known before apply, possibly this one`, ctx.scope(undetermined).blockProv());
  const props: HostedZoneProperties = {
    zoneName: s.str('name', undefined, 'name is required'),
    privateZone: isUnresolved(vpcs) ? vpcs : vpcs.length > 0 ? explicit(true, vpcs[0]!.blockProv()) : defaulted(false, s.blockProv(), 'no vpc block: a public zone'),
    recordCount: unresolvable('the record count is known only to the deployed zone', s.blockProv()),
    queryLogGroup,
  };
  return ctx.resource(inst, 'aws.route53.hosted-zone', props, s.str('name'));
}

type Ssl = Pick<ClassicListener, 'sslPolicy' | 'sslProtocols'>;
const NO_SSL: Ssl = { sslPolicy: null, sslProtocols: null };

/** The negotiation policy attached to the listener on `port`, through listener-policy and policy resources. */
function sslOf(ctx: AdaptContext, elb: TfResourceInstance, port: number): Ssl | Value<never> {
  const undetermined = ctx.undeterminedJoin(elb, 'aws_load_balancer_listener_policy', 'load_balancer_name');
  if (undetermined) return unresolvable(`${undetermined.address} attaches policies to a load balancer not known before apply`, ctx.scope(undetermined).blockProv());
  for (const lp of ctx.joined(elb, ['aws_load_balancer_listener_policy'], 'load_balancer_name', ['name'])) {
    const ls = ctx.scope(lp);
    const lpPort = ls.num('load_balancer_port', undefined, 'load_balancer_port is required');
    if (!isKnown(lpPort)) return lpPort as Value<never>;
    if (lpPort.value !== port) continue;
    const names = ls.node('policy_names');
    for (const item of names?.t === 'list' ? names.items : names ? [names] : []) {
      const target = ctx.findTarget(item, lp, ['aws_load_balancer_policy'], ['policy_name']);
      if (!target) {
        if (item.t === 'unknown') return unresolvable(item.reason, ls.prov(item, 'policy_names'));
        continue;
      }
      const ps = ctx.scope(target);
      const type = ps.str('policy_type_name', undefined, 'policy_type_name is required');
      if (!isKnown(type)) return type as Value<never>;
      if (type.value === 'SSLNegotiationPolicyType') return negotiation(ps);
    }
  }
  return NO_SSL;
}

function negotiation(ps: Scope): Ssl | Value<never> {
  const attrs = ps.blocks('policy_attribute');
  if (isUnresolved(attrs)) return attrs;
  const pairs: [string, string][] = [];
  for (const a of attrs) {
    const n = a.str('name', undefined, 'name is required');
    const v = a.str('value', undefined, 'value is required');
    if (!isKnown(n)) return n as Value<never>;
    if (!isKnown(v)) return v as Value<never>;
    pairs.push([n.value, v.value]);
  }
  const reference = pairs.find(([n]) => n === 'Reference-Security-Policy')?.[1];
  const name = ps.str('policy_name');
  return {
    sslPolicy: reference ?? (isKnown(name) ? name.value : 'custom'),
    sslProtocols: pairs.some(([n]) => n.startsWith('Protocol-')) ? pairs.filter(([n, v]) => n.startsWith('Protocol-') && v === 'true').map(([n]) => n.slice('Protocol-'.length)) : null,
  };
}

const isFailure = (x: Ssl | Value<never>): x is Value<never> => 'kind' in x;

function listeners(ctx: AdaptContext, inst: TfResourceInstance, s: Scope): Value<readonly ClassicListener[]> {
  const blocks = s.blocks('listener');
  if (isUnresolved(blocks)) return blocks;
  if (blocks.length === 0) return unresolvable('an aws_elb needs at least one listener', s.blockProv());
  const out: ClassicListener[] = [];
  for (const b of blocks) {
    const protocol = b.str('lb_protocol', undefined, 'lb_protocol is required');
    const port = b.num('lb_port', undefined, 'lb_port is required');
    const iproto = b.str('instance_protocol', undefined, 'instance_protocol is required');
    const iport = b.num('instance_port', undefined, 'instance_port is required');
    if (!isKnown(protocol)) return protocol as Value<never>;
    if (!isKnown(port)) return port as Value<never>;
    if (!isKnown(iproto)) return iproto as Value<never>;
    if (!isKnown(iport)) return iport as Value<never>;
    const p = protocol.value.toUpperCase();
    const ssl = ['HTTPS', 'SSL'].includes(p) ? sslOf(ctx, inst, port.value) : NO_SSL;
    if (isFailure(ssl)) return ssl;
    out.push({ protocol: p, loadBalancerPort: port.value, instanceProtocol: iproto.value.toUpperCase(), instancePort: iport.value, ...ssl });
  }
  return explicit(out, blocks[0]!.blockProv());
}

function adaptElb(ctx: AdaptContext, inst: TfResourceInstance): Resource {
  const s = ctx.scope(inst);
  const logs = s.block('access_logs');
  const props: ClassicLoadBalancerProperties = {
    scheme: mapValue(s.bool('internal', false, 'classic load balancers are internet-facing unless internal = true'), (internal) => (internal ? 'internal' : 'internet-facing')),
    listeners: listeners(ctx, inst, s),
    // In the aws provider an access_logs block is enabled unless it says otherwise.
    accessLogsEnabled: logs === undefined ? defaulted(false, s.blockProv(), 'no access_logs block') : isUnresolved(logs) ? logs : logs.bool('enabled', true, 'access_logs.enabled defaults to true'),
    connectionDraining: s.bool('connection_draining', false, 'the provider default is false'),
    crossZoneLoadBalancing: s.bool('cross_zone_load_balancing', true, 'the provider default is true'),
    securityGroups: s.refList('security_groups', SG_TYPES, ['name'], [], 'no security group set: AWS attaches the VPC default group'),
    instances: s.refList('instances', ['aws_instance'], [], []),
  };
  return ctx.resource(inst, 'aws.elb.load-balancer', props, s.str('name'));
}

/** Route 53 hosted zones and classic load balancers. */
export function adaptDnsAndClassicElb(ctx: AdaptContext): Resource[] {
  return [...ctx.each(ZONE, (i) => adaptZone(ctx, i)), ...ctx.each(['aws_elb'], (i) => adaptElb(ctx, i))];
}
