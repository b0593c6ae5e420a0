import { defineExamples } from '../../kit/index.js';

const vpc = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
`;
const allowAll = (dir: string, cidr = 'cidr_block = "0.0.0.0/0"') => `
  ${dir} {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    ${cidr}
    from_port  = 0
    to_port    = 0
  }
`;
const defaultAcl = (body: string) => `${vpc}resource "aws_default_network_acl" "default" {
  default_network_acl_id = aws_vpc.main.default_network_acl_id
${body}}`;

export default defineExamples({
  terraform: {
    good: [defaultAcl(''), defaultAcl(allowAll('ingress', 'cidr_block = "10.0.0.0/16"') + allowAll('egress'))],
    bad: [defaultAcl(allowAll('ingress') + allowAll('egress')), defaultAcl(allowAll('ingress', 'ipv6_cidr_block = "::/0"') + allowAll('egress', 'ipv6_cidr_block = "::/0"'))],
    unknown: [`variable "cidr" {
  type = string
}
${defaultAcl(allowAll('ingress', 'cidr_block = var.cidr') + allowAll('egress'))}`],
  },
});
