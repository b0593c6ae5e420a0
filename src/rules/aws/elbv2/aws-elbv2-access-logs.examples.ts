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
    good: [tf(`  access_logs {
    bucket  = "web-lb-logs"
    enabled = true
  }`)],
    bad: [tf(`  access_logs {
    bucket  = "web-lb-logs"
    enabled = false
  }`), tf('')],
    unknown: [tf(`  access_logs {
    bucket  = "web-lb-logs"
    enabled = var.enabled
  }`, 'variable "enabled" {}\n')],
  },
  cloudformation: {
    good: [cfn(`      LoadBalancerAttributes:
        - Key: access_logs.s3.enabled
          Value: "true"
        - Key: access_logs.s3.bucket
          Value: web-lb-logs`)],
    bad: [cfn(`      LoadBalancerAttributes:
        - Key: idle_timeout.timeout_seconds
          Value: "60"`)],
  },
});
