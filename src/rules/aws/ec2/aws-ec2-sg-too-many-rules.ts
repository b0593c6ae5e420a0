import { isKnown } from '../../../model/core/index.js';
import type { SecurityGroupRule } from '../../../model/aws/ec2.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

/** Above this many entries a group is no longer reviewable at a glance (AWS's default quota is 60 per direction). */
export const MAX_SG_ENTRIES = 50;

/** AWS counts one rule per source (CIDR, group, prefix list) of a permission; a permission with none still counts once. */
function entries(rules: readonly SecurityGroupRule[]): number | undefined {
  let n = 0;
  for (const r of rules) {
    const lists = [r.ipv4Ranges, r.ipv6Ranges, r.sourceSecurityGroups, r.prefixListIds];
    if (lists.some((l) => !isKnown(l))) return undefined;
    n += Math.max(1, lists.reduce((sum, l) => sum + (l.value as readonly string[]).length, 0));
  }
  return n;
}

export default defineRule({
  id: 'aws-ec2-sg-too-many-rules',
  title: 'Security group has too many rules to review',
  severity: 'low',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.security-group',
  description: `A security group should hold at most ${MAX_SG_ENTRIES} inbound plus outbound rules (counting each source CIDR, group or prefix list once); larger groups should be split by purpose or use managed prefix lists.`,
  risk: 'Groups that accumulate rule after rule hide forgotten exceptions: nobody can tell which openings are still needed, so stale access to old partners or test networks stays in place.',
  remediation: {
    cli: 'aws ec2 create-managed-prefix-list --prefix-list-name office-ranges --address-family IPv4 --max-entries 20 --entries Cidr=198.51.100.0/24',
    terraform: `resource "aws_ec2_managed_prefix_list" "offices" {
  name           = "office-ranges"
  address_family = "IPv4"
  max_entries    = 20
}
# Reference the prefix list once instead of repeating a rule per CIDR.`,
    cloudformation: `Offices:
  Type: AWS::EC2::PrefixList
  Properties:
    PrefixListName: office-ranges
    AddressFamily: IPv4
    MaxEntries: 20`,
    console: 'EC2 > Security Groups > the group: remove rules no longer needed, group repeated CIDRs into a managed prefix list, and split unrelated purposes into separate groups.',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-security-groups', 'https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html'],
  evaluate(sg) {
    const { ingress, egress } = sg.properties;
    if (!isKnown(ingress) || !isKnown(egress)) return unknown('the ingress or egress rules could not be determined', evidence('ingress', ingress), evidence('egress', egress));
    const inbound = entries(ingress.value);
    const outbound = entries(egress.value);
    if (inbound === undefined || outbound === undefined) return unknown('a rule has sources that could not be determined, so the rule count is unknown', evidence('ingress', ingress), evidence('egress', egress));
    const total = inbound + outbound;
    const msg = `${total} rules (${inbound} inbound, ${outbound} outbound)`;
    return total > MAX_SG_ENTRIES ? fail(`the group has ${msg}, more than ${MAX_SG_ENTRIES}`, evidence('ingress', ingress), evidence('egress', egress)) : pass(`the group has ${msg}`, evidence('ingress', ingress), evidence('egress', egress));
  },
});
