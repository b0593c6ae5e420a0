import { defineExamples } from '../../kit/index.js';

const tf = (policyLine: string, head = '') => `${head}resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0123456789abcdef0"
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e"
${policyLine}
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}`;

const cfn = (policyLine: string) => `Resources:
  Web:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-0123456789abcdef0, subnet-0fedcba9876543210]
  WebTargets:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Port: 8080
      Protocol: HTTP
      VpcId: vpc-0123456789abcdef0
  Https:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Web
      Port: 443
      Protocol: HTTPS
      Certificates:
        - CertificateArn: arn:aws:acm:eu-west-1:111122223333:certificate/0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e
${policyLine}
      DefaultActions:
        - Type: forward
          TargetGroupArn: !Ref WebTargets
`;

export default defineExamples({
  terraform: {
    good: [tf('  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"')],
    // No policy named: AWS applies ELBSecurityPolicy-2016-08, which allows TLS 1.0.
    bad: [tf('  ssl_policy        = "ELBSecurityPolicy-TLS-1-1-2017-01"'), tf('')],
    unknown: [tf('  ssl_policy        = var.ssl_policy', 'variable "ssl_policy" {}\n')],
  },
  cloudformation: {
    good: [cfn('      SslPolicy: ELBSecurityPolicy-TLS13-1-3-2021-06')],
    bad: [cfn('      SslPolicy: ELBSecurityPolicy-2016-08')],
  },
});
