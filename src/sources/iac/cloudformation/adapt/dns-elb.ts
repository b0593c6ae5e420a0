/**
 * AWS::Route53::HostedZone (public unless it names VPCs; query logging inline) and
 * AWS::ElasticLoadBalancing::LoadBalancer (classic ELB: listeners with the SSL negotiation policy their
 * PolicyNames select from the load balancer's Policies, access logs, connection draining, cross-zone).
 */
import type { ClassicListener, ClassicLoadBalancerProperties, HostedZoneProperties } from '../../../../model/aws/network-edge.js';
import { explicit, unresolvable } from '../../../../model/core/index.js';
import type { CfnNode } from '../node.js';
import { envelope, type Adapter } from './context.js';
import { Reader, lookup, nodeAt, tagsOf, toNum, toStr, type Conv } from './read.js';
import { groupUids } from './security-group.js';

export const hostedZone: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const vpcs = nodeAt(r.props, 'VPCs');
  const props: HostedZoneProperties = {
    zoneName: rd.str('Name', { unresolvable: 'Name is required' }),
    privateZone: vpcs === undefined ? rd.absent({ value: false, reason: 'no VPCs: a public zone' }) : vpcs.t === 'unknown' ? unresolvable(vpcs.reason, rd.prov(vpcs, 'VPCs')) : explicit(vpcs.t === 'list' ? vpcs.items.length > 0 : true, rd.prov(vpcs, 'VPCs')),
    recordCount: unresolvable('the record count is known only to the deployed zone', rd.block),
    queryLogGroup: rd.ref('QueryLoggingConfig.CloudWatchLogsLogGroupArn', { value: null, reason: 'no QueryLoggingConfig' }),
  };
  return envelope(ctx, r, 'aws.route53.hosted-zone', rd.str('Name', { unresolvable: 'Name is required' }), tagsOf(rd, 'HostedZoneTags'), props);
};

const str = (n: CfnNode | undefined): string | undefined => (n?.t === 'scalar' && n.value !== null ? String(n.value) : undefined);

/** The SSL settings of a listener from the negotiation policy among `policies` its PolicyNames select. */
function sslOf(names: CfnNode | undefined, policies: CfnNode | undefined): { ok: true; value: Pick<ClassicListener, 'sslPolicy' | 'sslProtocols'> } | { ok: false; reason: string } {
  if (names === undefined) return { ok: true, value: { sslPolicy: null, sslProtocols: null } };
  if (names.t !== 'list' || names.items.some((n) => n.t !== 'scalar')) return { ok: false, reason: 'PolicyNames is not known before deploy' };
  if (policies?.t === 'unknown') return { ok: false, reason: `Policies: ${policies.reason}` };
  const wanted = names.items.map(str);
  const policy = (policies?.t === 'list' ? policies.items : []).find((p) => wanted.includes(str(nodeAt(p, 'PolicyName'))) && str(nodeAt(p, 'PolicyType')) === 'SSLNegotiationPolicyType');
  if (!policy) return { ok: true, value: { sslPolicy: null, sslProtocols: null } };
  const attrs = nodeAt(policy, 'Attributes');
  if (attrs !== undefined && attrs.t !== 'list') return { ok: false, reason: 'the policy attributes are not known before deploy' };
  const pairs = (attrs?.items ?? []).map((a) => [str(nodeAt(a, 'Name')) ?? '', str(nodeAt(a, 'Value')) ?? ''] as const);
  const reference = pairs.find(([n]) => n === 'Reference-Security-Policy')?.[1];
  const protocols = pairs.filter(([n, v]) => n.startsWith('Protocol-') && v.toLowerCase() === 'true').map(([n]) => n.slice('Protocol-'.length));
  return { ok: true, value: { sslPolicy: reference ?? str(nodeAt(policy, 'PolicyName')) ?? null, sslProtocols: pairs.some(([n]) => n.startsWith('Protocol-')) ? protocols : null } };
}

function listenersConv(policies: CfnNode | undefined): Conv<readonly ClassicListener[]> {
  return (n, ctx) => {
    if (n.t !== 'list') return { ok: false, reason: 'expected a list of listeners' };
    const out: ClassicListener[] = [];
    for (const l of n.items) {
      const read = (k: string) => lookup(l, k);
      const protocol = read('Protocol');
      const port = read('LoadBalancerPort');
      if (protocol.state !== 'node' || port.state !== 'node') return { ok: false, reason: 'a listener protocol or port is not known before deploy' };
      const p = toStr(protocol.node, ctx);
      const lp = toNum(port.node, ctx);
      const ip = read('InstancePort');
      const iproto = read('InstanceProtocol');
      if (!p.ok || !lp.ok || ip.state === 'unknown' || iproto.state === 'unknown') return { ok: false, reason: 'a listener setting is not known before deploy' };
      const protocolName = p.value.toUpperCase();
      const ssl = ['HTTPS', 'SSL'].includes(protocolName) ? sslOf(nodeAt(l, 'PolicyNames'), policies) : { ok: true as const, value: { sslPolicy: null, sslProtocols: null } };
      if (!ssl.ok) return ssl;
      const instancePort = ip.state === 'node' ? toNum(ip.node, ctx) : { ok: true as const, value: lp.value };
      out.push({
        protocol: protocolName,
        loadBalancerPort: lp.value,
        instanceProtocol: (iproto.state === 'node' ? (str(iproto.node) ?? protocolName) : protocolName).toUpperCase(),
        instancePort: instancePort.ok ? instancePort.value : lp.value,
        ...ssl.value,
      });
    }
    return { ok: true, value: out };
  };
}

export const classicLoadBalancer: Adapter = (r, ctx) => {
  const rd = new Reader(ctx, r);
  const props: ClassicLoadBalancerProperties = {
    scheme: rd.str('Scheme', { value: 'internet-facing', reason: 'classic load balancers are internet-facing unless Scheme is internal' }),
    listeners: rd.get('Listeners', listenersConv(nodeAt(r.props, 'Policies')), { unresolvable: 'Listeners is required' }),
    accessLogsEnabled: rd.bool('AccessLoggingPolicy.Enabled', false, 'no AccessLoggingPolicy'),
    connectionDraining: rd.bool('ConnectionDrainingPolicy.Enabled', false, 'no ConnectionDrainingPolicy'),
    crossZoneLoadBalancing: rd.bool('CrossZone', false, 'CloudFormation leaves cross-zone load balancing off'),
    securityGroups: groupUids(rd, ['SecurityGroups']),
    instances: rd.refs('Instances'),
  };
  return envelope(ctx, r, 'aws.elb.load-balancer', rd.str('LoadBalancerName', { unresolvable: 'generated' }), tagsOf(rd), props);
};
