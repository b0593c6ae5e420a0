import { at, evidence, fail, pass, unknown, sgRuleEvidence, defineRule, type Outcome } from '../../kit/index.js';
import { isKnown } from '../../../model/core/index.js';

export default defineRule({
  id: 'aws-ec2-default-sg-restricts-all',
  title: 'Default security group allows traffic',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.security-group',
  description: "A VPC's default security group should have no inbound and no outbound rules, so resources attached to it by default get no traffic.",
  risk: 'Resources launched without an explicit group land in the default one; its permissive rules let them talk to each other and out to the internet unnoticed.',
  remediation: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id sg-DEFAULT --ip-permissions \'[{"IpProtocol":"-1","UserIdGroupPairs":[{"GroupId":"sg-DEFAULT"}]}]\' && aws ec2 revoke-security-group-egress --group-id sg-DEFAULT --ip-permissions \'[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]\'',
    terraform: `# Adopting the default group with no ingress/egress blocks removes all its rules.
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}`,
    console: "VPC > Security groups > the VPC's group named default > Inbound rules and Outbound rules: delete every rule; attach purpose-made groups to resources instead.",
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cis-aws-foundations-benchmark.html',
  ],
  evaluate(sg) {
    const p = sg.properties;
    if (!isKnown(p.isDefault)) return unknown(`whether the group is a default group could not be determined: ${p.isDefault.reason ?? 'unresolvable'}`, evidence('isDefault', p.isDefault));
    if (!p.isDefault.value) return undefined;
    const out: Outcome[] = [];
    for (const dir of ['ingress', 'egress'] as const) {
      const rules = p[dir];
      if (!isKnown(rules)) {
        out.push(at(unknown(`${dir} rules could not be determined: ${rules.reason ?? 'unresolvable'}`, evidence(dir, rules)), dir));
        continue;
      }
      rules.value.forEach((r, i) => out.push(at(fail(`the default security group has an ${dir} rule`, ...sgRuleEvidence(`${dir}[${i}]`, r)), `${dir}[${i}]`, r.source)));
    }
    return out.length > 0 ? out : pass('the default security group has no rules', evidence('ingress', p.ingress), evidence('egress', p.egress));
  },
});
