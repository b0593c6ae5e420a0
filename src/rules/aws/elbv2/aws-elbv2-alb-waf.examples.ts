import { defineExamples } from '../../kit/index.js';

const alb = (extra = '') => `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
${extra}}
`;

const webAcl = `resource "aws_wafv2_web_acl" "web" {
  name  = "web"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "web"
    sampled_requests_enabled   = true
  }
}
`;

export default defineExamples({
  terraform: {
    good: [
      `${alb()}${webAcl}
resource "aws_wafv2_web_acl_association" "web" {
  resource_arn = aws_lb.web.arn
  web_acl_arn  = aws_wafv2_web_acl.web.arn
}`,
    ],
    bad: [alb(), `${alb('  internal = false\n')}${webAcl}`],
    // The association names a load balancer passed in from outside: it may or may not be this one.
    unknown: [
      `variable "protected_lb_arn" {}
${alb()}${webAcl}
resource "aws_wafv2_web_acl_association" "web" {
  resource_arn = var.protected_lb_arn
  web_acl_arn  = aws_wafv2_web_acl.web.arn
}`,
    ],
  },
  cloudformation: {
    good: [
      `Resources:
  Web:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Scheme: internet-facing
      Type: application
      Subnets: [subnet-0123456789abcdef0, subnet-0fedcba9876543210]
  WebAcl:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: REGIONAL
      DefaultAction:
        Allow: {}
      VisibilityConfig:
        CloudWatchMetricsEnabled: true
        MetricName: web
        SampledRequestsEnabled: true
  WebAclAssociation:
    Type: AWS::WAFv2::WebACLAssociation
    Properties:
      ResourceArn: !Ref Web
      WebACLArn: !GetAtt WebAcl.Arn
`,
    ],
    bad: [
      `Resources:
  Web:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-0123456789abcdef0, subnet-0fedcba9876543210]
`,
    ],
  },
});
