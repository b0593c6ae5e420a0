import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-vpc-default-in-use',
  title: 'Workloads run in the default VPC',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.vpc',
  description: 'The default VPC that AWS creates in every region should hold no workloads (instances or network interfaces); build purpose-made VPCs with private subnets instead, and delete the default one when unused.',
  risk: 'Every subnet of the default VPC is public and auto-assigns public IPs, with an allow-all network ACL: resources placed there are internet-facing by construction and sit outside the reviewed network design.',
  remediation: {
    cli: 'aws ec2 describe-network-interfaces --filters Name=vpc-id,Values=vpc-DEFAULT  # migrate what is listed, then: aws ec2 delete-vpc --vpc-id vpc-DEFAULT',
    terraform: `resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}
# Launch instances into subnets of aws_vpc.app, never into aws_default_subnet.`,
    console: 'VPC > Your VPCs > the VPC with "Default VPC: Yes": move its instances and interfaces to a purpose-built VPC, then Actions > Delete VPC.',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/delete-vpc.html'],
  evaluate(vpc, ctx) {
    const isDefault = vpc.properties.isDefault;
    if (!isKnown(isDefault)) return unknown('whether the VPC is the default VPC could not be determined', evidence('isDefault', isDefault));
    if (!isDefault.value) return undefined;
    const enis = ctx.referencing('aws.ec2.network-interface', 'vpcId', vpc.uid);
    if (enis.length > 0) return fail(`the default VPC holds ${enis.length} network interface(s), e.g. ${enis[0]!.name}`, evidence('isDefault', isDefault), evidence(`networkInterface(${enis[0]!.name}).vpcId`, enis[0]!.properties.vpcId));
    const subnets = ctx.referencing('aws.ec2.subnet', 'vpcId', vpc.uid).map((s) => s.uid);
    const instance = ctx.inAccount('aws.ec2.instance', vpc.account, vpc.region).find((i) => isKnown(i.properties.subnetId) && i.properties.subnetId.value !== null && subnets.includes(i.properties.subnetId.value) && (!isKnown(i.properties.state) || i.properties.state.value !== 'terminated'));
    if (instance) return fail(`instance ${instance.name} runs in the default VPC`, evidence('isDefault', isDefault), evidence(`instance(${instance.name}).subnetId`, instance.properties.subnetId));
    const unplaced = ctx.inAccount('aws.ec2.instance', vpc.account, vpc.region).find((i) => !isKnown(i.properties.subnetId));
    if (unplaced) return unknown(`instance ${unplaced.name} has an unknown subnet and may run in the default VPC`, evidence(`instance(${unplaced.name}).subnetId`, unplaced.properties.subnetId));
    return pass('the default VPC holds no instances or network interfaces', evidence('isDefault', isDefault));
  },
});
