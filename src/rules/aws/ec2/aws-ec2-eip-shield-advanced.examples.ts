import { defineExamples } from '../../kit/index.js';
import { netFixture, shieldProtectionFixture, shieldSubscriptionFixture } from '../../kit/aws-network-model-fixtures.js';
import { explicit, unresolvable } from '../../../model/core/index.js';

const EIP = 'arn:aws:ec2:eu-west-1:111122223333:eip-allocation/eipalloc-0web';
const eip = netFixture('aws.ec2.elastic-ip', EIP, { publicIp: explicit('203.0.113.25'), associatedWith: explicit('arn:aws:ec2:eu-west-1:111122223333:instance/i-0web'), domain: explicit('vpc') });

const tfEip = (protect: boolean) => `resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_eip" "web" {
  instance = aws_instance.web.id
}

resource "aws_shield_subscription" "this" {
  auto_renew = "ENABLED"
}
${protect ? `\nresource "aws_shield_protection" "web" {\n  name         = "web"\n  resource_arn = aws_eip.web.arn\n}\n` : ''}`;
export default defineExamples({
  terraform: { good: [tfEip(true)], bad: [tfEip(false)] },
  model: {
    good: [[eip, shieldSubscriptionFixture(true), shieldProtectionFixture(EIP)]],
    bad: [[eip, shieldSubscriptionFixture(true)]],
    unknown: [[eip, shieldSubscriptionFixture(unresolvable('shield:DescribeSubscription: AccessDenied'))]],
  },
});
