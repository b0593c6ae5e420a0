import { defineExamples } from '../../kit/index.js';

const tf = (extra: string, head = '') => `${head}resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
${extra}
}`;

const cfn = (attrs: string) => `Resources:
  Web:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Type: application
      Subnets: [subnet-0123456789abcdef0, subnet-0fedcba9876543210]
${attrs}
`;

export default defineExamples({
  terraform: {
    good: [tf(`  enable_deletion_protection = true`)],
    bad: [tf(`  enable_deletion_protection = false`), tf('')],
    unknown: [tf(`  enable_deletion_protection = var.enabled`, 'variable "enabled" {}\n')],
  },
  cloudformation: {
    good: [cfn(`      LoadBalancerAttributes:
        - Key: deletion_protection.enabled
          Value: "true"`)],
    bad: [cfn(`      LoadBalancerAttributes:
        - Key: deletion_protection.enabled
          Value: "false"`)],
  },
});
