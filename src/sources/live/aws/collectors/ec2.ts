/**
 * EC2 and VPC of one account and region: instances, EBS (volumes, snapshots, default encryption), AMIs,
 * security groups, NACLs, VPCs, subnets, route tables, gateways, interfaces, endpoints, peering connections, Elastic IPs, flow logs and launch
 * templates. Every listing is paginated to the end; per-resource attribute calls (user data, snapshot and
 * image permissions, template versions) fan out with a small bound, and each failure leaves only the values
 * it would have filled unknown.
 */
import { EC2Client } from '@aws-sdk/client-ec2';
import { defineCollector } from '../collector.js';
import { collectInstances, collectVolumes } from './ec2/instances.js';
import { collectAddresses, collectNetwork, collectPeerings } from './ec2/network.js';
import { collectNetworkAcls, collectSecurityGroups } from './ec2/security.js';
import { collectEbsDefaults, collectImages, collectLaunchTemplates, collectSnapshots } from './ec2/storage.js';

const CALLS = [
  'ec2:DescribeInstances', 'ec2:DescribeInstanceAttribute', 'ec2:DescribeVolumes', 'ec2:DescribeSecurityGroups', 'ec2:DescribeNetworkAcls',
  'ec2:DescribeVpcs', 'ec2:DescribeSubnets', 'ec2:DescribeRouteTables', 'ec2:DescribeInternetGateways', 'ec2:DescribeNatGateways',
  'ec2:DescribeNetworkInterfaces', 'ec2:DescribeVpcEndpoints', 'ec2:DescribeVpcPeeringConnections', 'ec2:DescribeAddresses', 'ec2:DescribeFlowLogs', 'ec2:DescribeSnapshots', 'ec2:DescribeSnapshotAttribute',
  'ec2:DescribeImages', 'ec2:DescribeImageAttribute', 'ec2:GetEbsEncryptionByDefault', 'ec2:GetEbsDefaultKmsKeyId',
  'ec2:DescribeLaunchTemplates', 'ec2:DescribeLaunchTemplateVersions',
] as const;

export default defineCollector({
  id: 'ec2',
  scope: 'regional',
  apiCalls: CALLS,
  permissions: CALLS,
  emits: [
    'aws.ec2.instance', 'aws.ec2.volume', 'aws.ec2.security-group', 'aws.ec2.network-acl', 'aws.ec2.vpc', 'aws.ec2.subnet',
    'aws.ec2.route-table', 'aws.ec2.internet-gateway', 'aws.ec2.nat-gateway', 'aws.ec2.network-interface', 'aws.ec2.vpc-endpoint', 'aws.ec2.vpc-peering-connection', 'aws.ec2.elastic-ip',
    'aws.ec2.flow-log', 'aws.ec2.snapshot', 'aws.ec2.image', 'aws.ec2.ebs-default-encryption', 'aws.ec2.launch-template',
  ],
  async collect(ctx) {
    const ec2 = ctx.client(EC2Client);
    const volumes = await collectVolumes(ctx, ec2);
    await Promise.all([
      collectInstances(ctx, ec2, volumes),
      collectSecurityGroups(ctx, ec2),
      collectNetworkAcls(ctx, ec2),
      collectNetwork(ctx, ec2),
      collectPeerings(ctx, ec2),
      collectAddresses(ctx, ec2),
      collectSnapshots(ctx, ec2),
      collectImages(ctx, ec2),
      collectEbsDefaults(ctx, ec2),
      collectLaunchTemplates(ctx, ec2),
    ]);
  },
});
