/**
 * Routing questions rules ask about subnets: which route table governs a subnet (its explicit association,
 * else the VPC's main table, as AWS routes it) and whether that table sends traffic to an internet gateway,
 * which is what makes a subnet "public" in AWS's own terms.
 */
import { isKnown } from '../../model/core/index.js';
import type { ModelResource } from '../../model/types.js';
import { evidence } from './outcome.js';
import type { Evidence, RuleContext } from './rule.js';

/** A tri-state answer with the evidence behind it; `reason` explains an undefined verdict. */
export interface RoutingVerdict {
  readonly verdict: boolean | undefined;
  readonly reason: string;
  readonly evidence: readonly Evidence[];
}

type RouteTable = ModelResource<'aws.ec2.route-table'>;

/**
 * The route table that governs `subnetUid` in VPC `vpcUid`: explicitly associated first, else the VPC's main
 * table. undefined (with a reason) when the inventory cannot say (no table, or one whose associations are unknown).
 */
export function routeTableOf(ctx: RuleContext, subnet: { uid: string; account?: string | undefined; region?: string | undefined }, vpcUid: string | undefined): { table: RouteTable } | { reason: string } {
  const explicit = ctx.referencing('aws.ec2.route-table', 'subnetIds', subnet.uid)[0];
  if (explicit) return { table: explicit };
  const tables = ctx.inAccount('aws.ec2.route-table', subnet.account, subnet.region);
  const unresolved = tables.find((t) => !isKnown(t.properties.subnetIds) && (vpcUid === undefined || !isKnown(t.properties.vpcId) || t.properties.vpcId.value === vpcUid));
  if (unresolved) return { reason: `route table ${unresolved.name} may be associated with the subnet but its associations are unknown` };
  const main = vpcUid === undefined ? undefined : tables.find((t) => isKnown(t.properties.vpcId) && t.properties.vpcId.value === vpcUid && isKnown(t.properties.isMain) && t.properties.isMain.value);
  if (main) return { table: main };
  return { reason: 'no route table in the inventory governs the subnet (route tables not collected or not declared)' };
}

/** Tri-state: does the table have an active route to an internet gateway? */
export function routesToInternetGateway(table: RouteTable): RoutingVerdict {
  const routes = table.properties.routes;
  if (!isKnown(routes)) return { verdict: undefined, reason: `the routes of ${table.name} are unknown`, evidence: [evidence('routes', routes)] };
  let unresolved = false;
  for (const [i, r] of routes.value.entries()) {
    if (!isKnown(r.targetKind) || !isKnown(r.state)) {
      unresolved = true;
      continue;
    }
    if (r.targetKind.value === 'internet-gateway' && r.state.value === 'active') {
      return { verdict: true, reason: `${table.name} routes ${String(r.destinationCidrBlock.value ?? r.destinationIpv6CidrBlock.value ?? 'traffic')} to an internet gateway`, evidence: [evidence(`routeTable(${table.name}).routes[${i}].target`, r.target)] };
    }
  }
  if (unresolved) return { verdict: undefined, reason: `a route of ${table.name} has an unknown target`, evidence: [evidence('routes', routes)] };
  return { verdict: false, reason: `${table.name} has no route to an internet gateway`, evidence: [evidence(`routeTable(${table.name}).routes`, routes)] };
}

/** Tri-state: is the subnet public (its governing route table reaches an internet gateway)? */
export function subnetIsPublic(ctx: RuleContext, subnet: ModelResource<'aws.ec2.subnet'>): RoutingVerdict {
  const vpc = subnet.properties.vpcId;
  const found = routeTableOf(ctx, subnet, isKnown(vpc) ? vpc.value : undefined);
  if ('reason' in found) return { verdict: undefined, reason: found.reason, evidence: [evidence('vpcId', vpc)] };
  return routesToInternetGateway(found.table);
}
