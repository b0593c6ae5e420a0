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
    good: [tf(`  drop_invalid_header_fields = true`)],
    bad: [tf(`  drop_invalid_header_fields = false`), tf('')],
    unknown: [tf(`  drop_invalid_header_fields = var.enabled`, 'variable "enabled" {}\n')],
  },
  cloudformation: {
    good: [cfn(`      LoadBalancerAttributes:
        - Key: routing.http.drop_invalid_header_fields.enabled
          Value: "true"`)],
    bad: [cfn(`      LoadBalancerAttributes:
        - Key: routing.http.drop_invalid_header_fields.enabled
          Value: "false"`)],
  },
});
