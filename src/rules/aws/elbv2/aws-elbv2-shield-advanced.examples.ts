import { defineExamples } from '../../kit/index.js';
import { loadBalancerFixture, shieldProtectionFixture, shieldSubscriptionFixture } from '../../kit/aws-network-model-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

const LB = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/0123456789abcdef';
const web = loadBalancerFixture(LB, 'internet-facing');

const tfLb = (protect: boolean, subscribe = true) => `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}
${subscribe ? `\nresource "aws_shield_subscription" "this" {\n  auto_renew = "ENABLED"\n}\n` : ''}${protect ? `\nresource "aws_shield_protection" "web" {\n  name         = "web"\n  resource_arn = aws_lb.web.arn\n}\n` : ''}`;
export default defineExamples({
  terraform: { good: [tfLb(true)], bad: [tfLb(false)] },
  model: {
    good: [[web, shieldSubscriptionFixture(true), shieldProtectionFixture(LB)]],
    bad: [[web, shieldSubscriptionFixture(true)], [loadBalancerFixture(LB, 'internet-facing', 'network'), shieldSubscriptionFixture(true), shieldProtectionFixture('arn:aws:cloudfront::111122223333:distribution/E2EXAMPLE')]],
    unknown: [[web, shieldSubscriptionFixture(unresolvable('shield:DescribeSubscription: AccessDenied'))]],
  },
});
