import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-igw-route-added',
  kind: 'event',
  services: ['ec2'],
  actions: ['CreateRoute', 'ReplaceRoute'],
  title: 'A default route to an internet gateway was added',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.007', techniqueName: 'Impair Defenses: Disable or Modify Cloud Firewall' },
  description: 'CreateRoute or ReplaceRoute sent 0.0.0.0/0 or ::/0 to an internet gateway. On a private subnet\'s route table this makes the subnet public: instances with public addresses become reachable and can send data out directly, bypassing NAT and egress filtering.',
  falsePositives: 'Building public subnets (the log does not say whether the table was private before). Check the subnets associated with the route table.',
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html'],
  match(e) {
    if (!principalCall(e, 'ec2', 'CreateRoute', 'ReplaceRoute')) return undefined;
    const gateway = asString(req(e, 'gatewayId'));
    const destination = asString(req(e, 'destinationCidrBlock')) ?? asString(req(e, 'destinationIpv6CidrBlock'));
    if (!gateway?.startsWith('igw-') || (destination !== '0.0.0.0/0' && destination !== '::/0')) return undefined;
    return `${who(e)} routed ${destination} in route table ${asString(req(e, 'routeTableId')) ?? '(unnamed)'} to internet gateway ${gateway}`;
  },
});
