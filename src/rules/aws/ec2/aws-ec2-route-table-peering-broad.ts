import { isKnown } from '../../../model/core/index.js';
import type { Route } from '../../../model/aws/vpc.js';
import { at, defineRule, evidence, fail, pass, unknown, type Outcome } from '../../kit/index.js';

/** Peering routes wider than this many prefix bits send more than one VPC's worth of space to the peer. */
const NARROWEST_VPC_V4 = 16;
const NARROWEST_VPC_V6 = 56;

/** Tri-state: does a peering route cover more than a single VPC's CIDR (or everything)? */
function tooBroad(r: Route): boolean | undefined {
  if (!isKnown(r.destinationCidrBlock) || !isKnown(r.destinationIpv6CidrBlock)) return undefined;
  const v4 = r.destinationCidrBlock.value;
  const v6 = r.destinationIpv6CidrBlock.value;
  const bits = (c: string) => Number(c.split('/')[1] ?? '32');
  if (v4 !== null && bits(v4) < NARROWEST_VPC_V4) return true;
  if (v6 !== null && bits(v6) < NARROWEST_VPC_V6) return true;
  return false;
}

export default defineRule({
  id: 'aws-ec2-route-table-peering-broad',
  title: 'Route to a VPC peering connection is wider than a VPC',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.route-table',
  description: `Routes to a VPC peering connection should name the peer's subnets or VPC CIDR, not a default route or a supernet wider than a /${NARROWEST_VPC_V4} (IPv4) or /${NARROWEST_VPC_V6} (IPv6).`,
  risk: "A broad peering route sends traffic for ranges the peer does not own into the peer VPC, widening the blast radius of a compromise on either side and letting routing mistakes leak traffic to a partner's network.",
  remediation: {
    cli: 'aws ec2 replace-route --route-table-id rtb-0123456789abcdef0 --destination-cidr-block 10.50.1.0/24 --vpc-peering-connection-id pcx-0123456789abcdef0',
    terraform: `resource "aws_route" "to_partner" {
  route_table_id            = aws_route_table.private.id
  destination_cidr_block    = "10.50.1.0/24" # only the peer subnet the workload talks to
  vpc_peering_connection_id = aws_vpc_peering_connection.partner.id
}`,
    cloudformation: `ToPartner:
  Type: AWS::EC2::Route
  Properties:
    RouteTableId: !Ref PrivateRouteTable
    DestinationCidrBlock: 10.50.1.0/24
    VpcPeeringConnectionId: !Ref PartnerPeering`,
    console: "VPC > Route tables > the table > Routes > Edit routes: narrow the destination of routes targeting the pcx- connection to the peer's subnets.",
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/peering/peering-configurations-partial-access.html', 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html'],
  evaluate(table) {
    const routes = table.properties.routes;
    if (!isKnown(routes)) return unknown(`the routes could not be determined: ${routes.reason ?? 'unresolvable'}`, evidence('routes', routes));
    const out: Outcome[] = [];
    let peering = 0;
    routes.value.forEach((r, i) => {
      const kind = r.targetKind;
      if (isKnown(kind) && kind.value !== 'vpc-peering-connection') return;
      const ev = [evidence(`routes[${i}].destinationCidrBlock`, r.destinationCidrBlock), evidence(`routes[${i}].destinationIpv6CidrBlock`, r.destinationIpv6CidrBlock), evidence(`routes[${i}].target`, r.target)];
      if (!isKnown(kind)) return void out.push(at(unknown(`routes[${i}] has an unknown target and may go to a peering connection`, ...ev), `routes[${i}]`, r.source));
      peering++;
      const broad = tooBroad(r);
      if (broad === true) out.push(at(fail(`routes[${i}] sends ${String(r.destinationCidrBlock.value ?? r.destinationIpv6CidrBlock.value)} to peering connection ${String(r.target.value)}`, ...ev), `routes[${i}]`, r.source));
      else if (broad === undefined) out.push(at(unknown(`routes[${i}] goes to a peering connection but its destination is unknown`, ...ev), `routes[${i}]`, r.source));
    });
    if (out.length > 0) return out;
    return peering === 0 ? undefined : pass(`the ${peering} peering route(s) name VPC-sized or narrower destinations`, evidence('routes', routes));
  },
});
