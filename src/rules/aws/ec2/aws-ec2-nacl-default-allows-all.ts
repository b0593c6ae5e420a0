import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { naclAllTrafficVerdict } from '../../kit/aws-network-nacl-all.js';

export default defineRule({
  id: 'aws-ec2-nacl-default-allows-all',
  title: 'Default network ACL of a custom VPC still allows all traffic',
  severity: 'low',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.network-acl',
  description: "In VPCs you create, the default network ACL (which every new subnet joins until you associate another) should not keep AWS's initial entries that allow all inbound and all outbound traffic from and to the internet.",
  risk: 'Any subnet created without an explicit ACL lands in the default one and silently gets no subnet-level filtering, so network segmentation depends on every engineer remembering to associate the right ACL.',
  remediation: {
    cli: 'aws ec2 delete-network-acl-entry --network-acl-id acl-DEFAULT --ingress --rule-number 100 && aws ec2 delete-network-acl-entry --network-acl-id acl-DEFAULT --egress --rule-number 100',
    terraform: `# Adopting the default ACL without ingress/egress blocks removes its allow-all entries.
resource "aws_default_network_acl" "default" {
  default_network_acl_id = aws_vpc.main.default_network_acl_id
}`,
    console: "VPC > Network ACLs > the VPC's default ACL > Inbound rules and Outbound rules > Edit: remove the allow-all entries (rule 100), and associate subnets with purpose-made ACLs.",
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html'],
  evaluate(acl, ctx) {
    const { isDefault, vpcId } = acl.properties;
    if (!isKnown(isDefault)) return unknown('whether the ACL is the default one could not be determined', evidence('isDefault', isDefault));
    if (!isDefault.value) return undefined;
    if (!isKnown(vpcId)) return unknown('the VPC of the ACL could not be determined', evidence('vpcId', vpcId));
    const vpc = ctx.get(vpcId.value);
    if (vpc === undefined || vpc.type !== 'aws.ec2.vpc') return unknown(`the ACL's VPC ${vpcId.value} is not in the inventory, so whether it is a custom VPC is unknown`, evidence('vpcId', vpcId));
    const vpcDefault = (vpc.properties as { isDefault: typeof isDefault }).isDefault;
    if (!isKnown(vpcDefault)) return unknown('whether the VPC is the default VPC could not be determined', evidence('vpc.isDefault', vpcDefault));
    if (vpcDefault.value) return undefined;
    const verdicts = (['ipv4', 'ipv6'] as const).map((f) => ({ in: naclAllTrafficVerdict(acl.properties.entries, f, false), out: naclAllTrafficVerdict(acl.properties.entries, f, true) }));
    const open = verdicts.find((x) => x.in.open === true && x.out.open === true);
    if (open) return { ...fail(`the default ACL of custom VPC ${vpc.name} allows all traffic both ways (${open.in.message}; ${open.out.message})`, ...open.in.evidence, ...open.out.evidence), ...(open.in.entry ? { location: open.in.entry.source } : {}) };
    const undecided = verdicts.find((x) => x.in.open !== false && x.out.open !== false);
    if (undecided) return unknown(`${undecided.in.message}; ${undecided.out.message}`, ...undecided.in.evidence, ...undecided.out.evidence);
    return pass(`the default ACL of custom VPC ${vpc.name} does not allow all traffic both ways`, evidence('entries', acl.properties.entries));
  },
});
