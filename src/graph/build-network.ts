/**
 * Network nodes and the reachable-from-internet edges. An instance is reachable when every hop lets traffic
 * in, and the edge says which hop allowed it: its subnet's route table sends 0.0.0.0/0 (or ::/0) to an internet
 * gateway attached to the VPC, the subnet's NACL admits the ports from anywhere (rules in number order, the
 * first match deciding), a security group admits them from anywhere, and the instance has a public address.
 * A hop whose state the scan does not know draws no edge: an attack path is claimed only when proven.
 */
import { isKnown, isTrue, valueOr, type Resource } from '../model/core/index.js';
import type { Ec2Instance, NetworkAcl, RouteTable, SecurityGroup, Subnet } from '../model/aws/index.js';
import { BuildContext } from './build-context.js';
import type { ModelResource } from '../model/types.js';
import { ALL_PORTS, formatPorts, intersect, isEmpty, normalize, subtract, tcpPortsOf, union, type PortSet } from './ports.js';

const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);

interface Hop {
  readonly ports: PortSet;
  readonly steps: readonly string[];
}

/** The route table of a subnet: its explicit association, else its VPC's main table. */
function routeTableOf(ctx: BuildContext, subnetUid: string, vpcUid: string | undefined): RouteTable | undefined {
  const index = ctx.memo('route-tables', () => {
    const bySubnet = new Map<string, RouteTable>();
    const mainOfVpc = new Map<string, RouteTable>();
    for (const t of ctx.ofType('aws.ec2.route-table')) {
      for (const s of valueOr(t.properties.subnetIds, [])) bySubnet.set(s, t);
      if (isTrue(t.properties.isMain) && isKnown(t.properties.vpcId)) mainOfVpc.set(t.properties.vpcId.value, t);
    }
    return { bySubnet, mainOfVpc };
  });
  return index.bySubnet.get(subnetUid) ?? (vpcUid ? index.mainOfVpc.get(vpcUid) : undefined);
}

function internetRoute(ctx: BuildContext, table: RouteTable | undefined, vpcUid: string | undefined): string | undefined {
  if (!table || !isKnown(table.properties.routes)) return undefined;
  for (const r of table.properties.routes.value) {
    const dest = valueOr(r.destinationCidrBlock, null) ?? valueOr(r.destinationIpv6CidrBlock, null);
    if (!dest || !ANYWHERE.has(dest) || valueOr(r.targetKind, '') !== 'internet-gateway' || valueOr(r.state, 'active') !== 'active') continue;
    const igwUid = valueOr(r.target, null);
    const igw = igwUid ? ctx.get(igwUid) : undefined;
    const attached = igw?.properties as { attachedVpcIds?: { kind: string; value?: readonly string[] } } | undefined;
    if (igw && vpcUid && attached?.attachedVpcIds?.value && !attached.attachedVpcIds.value.includes(vpcUid)) continue;
    if (igwUid && igw) ctx.builder.edge(ctx.nodeFor(igw, 'internet-gateway'), ctx.nodeFor(table, 'route-table'), 'attached-to');
    return `route table ${table.name} sends ${dest} to internet gateway ${igw?.name ?? igwUid ?? '?'}`;
  }
  return undefined;
}

/** The TCP ports a NACL lets in from anywhere; a subnet without a NACL in the scan keeps the default (all). */
function naclHop(ctx: BuildContext, subnetUid: string, vpcUid: string | undefined): Hop | undefined {
  const index = ctx.memo('network-acls', () => {
    const bySubnet = new Map<string, NetworkAcl>();
    const defaultOfVpc = new Map<string, NetworkAcl>();
    for (const n of ctx.ofType('aws.ec2.network-acl')) {
      for (const s of valueOr(n.properties.subnetIds, [])) bySubnet.set(s, n);
      if (isTrue(n.properties.isDefault) && isKnown(n.properties.vpcId)) defaultOfVpc.set(n.properties.vpcId.value, n);
    }
    return { bySubnet, defaultOfVpc };
  });
  const acl = index.bySubnet.get(subnetUid) ?? (vpcUid ? index.defaultOfVpc.get(vpcUid) : undefined);
  if (!acl) return { ports: ALL_PORTS, steps: ['no network ACL in the scan for the subnet: the default one admits all traffic'] };
  if (!isKnown(acl.properties.entries)) return undefined;
  ctx.builder.edge(ctx.nodeFor(acl, 'network-acl'), ctx.nodeFor(ctx.get(subnetUid) ?? acl, 'subnet'), 'attached-to');
  const inbound = acl.properties.entries.value.filter((e) => !valueOr(e.egress, true)).sort((a, b) => valueOr(a.ruleNumber, 0) - valueOr(b.ruleNumber, 0));
  let undecided: PortSet = ALL_PORTS;
  let allowed: PortSet = [];
  const steps: string[] = [];
  for (const e of inbound) {
    const cidr = valueOr(e.cidrBlock, null) ?? valueOr(e.ipv6CidrBlock, null);
    if (!cidr || !ANYWHERE.has(cidr)) continue;
    const covered = intersect(undecided, tcpPortsOf(valueOr(e.protocol, ''), valueOr(e.fromPort, -1), valueOr(e.toPort, -1)));
    if (isEmpty(covered)) continue;
    undecided = subtract(undecided, covered);
    if (valueOr(e.action, 'deny') === 'allow') {
      allowed = union(allowed, covered);
      steps.push(`network ACL ${acl.name} rule ${valueOr(e.ruleNumber, 0)} allows TCP ${formatPorts(covered)} from ${cidr}`);
    }
  }
  return { ports: allowed, steps };
}

/** The TCP ports any of the instance's security groups admits from anywhere. */
function securityGroupHop(ctx: BuildContext, groups: readonly string[], subject: number): Hop {
  let ports: PortSet = [];
  const steps: string[] = [];
  for (const uid of groups) {
    const sg = ctx.get(uid) as SecurityGroup | undefined;
    if (!sg) continue;
    ctx.builder.edge(subject, ctx.nodeFor(sg, 'security-group'), 'attached-to');
    if (!isKnown(sg.properties.ingress)) continue;
    for (const [i, rule] of sg.properties.ingress.value.entries()) {
      const cidrs = [...valueOr(rule.ipv4Ranges, []), ...valueOr(rule.ipv6Ranges, [])].filter((c) => ANYWHERE.has(c));
      if (cidrs.length === 0) continue;
      const p = tcpPortsOf(valueOr(rule.protocol, ''), valueOr(rule.fromPort, -1), valueOr(rule.toPort, -1));
      if (isEmpty(p)) continue;
      ports = union(ports, p);
      steps.push(`security group ${sg.name} ingress[${i}] allows TCP ${formatPorts(p)} from ${cidrs.join(', ')}`);
    }
  }
  return { ports, steps };
}

function addInstance(ctx: BuildContext, inst: Ec2Instance): void {
  const node = ctx.nodeFor(inst, 'ec2-instance');
  const subnetUid = valueOr(inst.properties.subnetId, null);
  const subnet = subnetUid ? ctx.get(subnetUid) : undefined;
  const vpcUid = subnet?.type === 'aws.ec2.subnet' ? valueOr((subnet as Subnet).properties.vpcId, '') || undefined : undefined;
  if (subnet) {
    ctx.builder.edge(node, ctx.nodeFor(subnet, 'subnet'), 'attached-to');
    const vpc = vpcUid ? ctx.get(vpcUid) : undefined;
    if (vpc) ctx.builder.edge(ctx.nodeFor(subnet, 'subnet'), ctx.nodeFor(vpc, 'vpc'), 'attached-to');
  }
  const sg = securityGroupHop(ctx, valueOr(inst.properties.securityGroups, []), node);
  const publicIp = valueOr(inst.properties.publicIp, null);
  if (!isTrue(inst.properties.hasPublicIp) && !publicIp) return;
  if (!subnetUid || isEmpty(sg.ports)) return;
  const route = internetRoute(ctx, routeTableOf(ctx, subnetUid, vpcUid), vpcUid);
  if (!route) return;
  const nacl = naclHop(ctx, subnetUid, vpcUid);
  if (!nacl) return;
  const ports = intersect(sg.ports, nacl.ports);
  if (isEmpty(ports)) return;
  const steps = [route, ...nacl.steps, ...sg.steps, `instance ${inst.name} has public address ${publicIp ?? '(assigned at launch)'}`];
  ctx.builder.edge(ctx.internet(), node, 'reachable-from-internet', { summary: `the internet reaches ${inst.name} on TCP ${formatPorts(ports)}`, steps, ports: ports.map(([from, to]) => ({ protocol: 'tcp', from, to })) });
}

/** Internet-facing load balancers: their listeners, admitted by the balancer's security groups (none on NLBs). */
function addLoadBalancers(ctx: BuildContext): void {
  for (const lb of ctx.ofType('aws.elbv2.load-balancer')) {
    const node = ctx.nodeFor(lb, 'load-balancer');
    if (valueOr(lb.properties.scheme, '') !== 'internet-facing') continue;
    const groups = valueOr(lb.properties.securityGroups, []);
    const sg = groups.length > 0 ? securityGroupHop(ctx, groups, node) : { ports: ALL_PORTS, steps: ['the load balancer has no security groups'] };
    const byBalancer = ctx.memo('listeners', () => {
      const m = new Map<string, Resource[]>();
      for (const l of ctx.ofType('aws.elbv2.listener')) BuildContext.push(m, valueOr(l.properties.loadBalancerId, ''), l);
      return m as Map<string, ModelResource<'aws.elbv2.listener'>[]>;
    });
    const listeners = byBalancer.get(lb.uid) ?? [];
    const ports = intersect(normalize(listeners.flatMap((l) => (isKnown(l.properties.port) ? [[l.properties.port.value, l.properties.port.value] as const] : []))), sg.ports);
    if (isEmpty(ports)) continue;
    ctx.builder.edge(ctx.internet(), node, 'reachable-from-internet', { summary: `internet-facing load balancer ${lb.name} listens on TCP ${formatPorts(ports)}`, steps: sg.steps, ports: ports.map(([from, to]) => ({ protocol: 'tcp', from, to })) });
  }
  for (const elb of ctx.ofType('aws.elb.load-balancer')) {
    const node = ctx.nodeFor(elb, 'load-balancer');
    if (valueOr(elb.properties.scheme, '') !== 'internet-facing' || !isKnown(elb.properties.listeners)) continue;
    const listeners = elb.properties.listeners.value;
    ctx.builder.edge(ctx.internet(), node, 'reachable-from-internet', { summary: `internet-facing classic load balancer ${elb.name} listens on ${listeners.map((l) => l.loadBalancerPort).join(', ')}`, ports: listeners.map((l) => ({ protocol: 'tcp', from: l.loadBalancerPort, to: l.loadBalancerPort })) });
    for (const uid of valueOr(elb.properties.instances, [])) {
      const inst = ctx.get(uid);
      if (inst) ctx.builder.edge(node, ctx.nodeFor(inst, 'ec2-instance'), 'reachable-from-internet', { summary: `${elb.name} forwards to ${inst.name} on ${listeners.map((l) => l.instancePort).join(', ')}`, ports: listeners.map((l) => ({ protocol: 'tcp', from: l.instancePort, to: l.instancePort })) });
    }
  }
}

/** Every network node, then instance and load-balancer reachability. */
export function addNetwork(ctx: BuildContext): void {
  const place: readonly [string, Parameters<BuildContext['nodeFor']>[1]][] = [
    ['aws.ec2.vpc', 'vpc'], ['aws.ec2.subnet', 'subnet'], ['aws.ec2.route-table', 'route-table'], ['aws.ec2.internet-gateway', 'internet-gateway'],
    ['aws.ec2.security-group', 'security-group'], ['aws.ec2.network-acl', 'network-acl'],
  ];
  for (const [type, kind] of place) for (const r of ctx.ofType(type as 'aws.ec2.vpc') as readonly Resource[]) ctx.nodeFor(r, kind);
  for (const inst of ctx.ofType('aws.ec2.instance')) addInstance(ctx, inst);
  addLoadBalancers(ctx);
}
