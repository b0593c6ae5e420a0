import { defineExamples } from '../../kit/index.js';

const lb = `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
}
`;
const listener = (name: string, port: number, protocol: string, extra = '') => `
resource "aws_lb_listener" "${name}" {
  load_balancer_arn = aws_lb.web.arn
  port              = ${port}
  protocol          = ${protocol}
${extra}
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef"
  }
}
`;
const https = listener('https', 443, '"HTTPS"', '  ssl_policy      = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n  certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abc"');
const cfn = (protocol: string, port: number) => `Resources:
  Web:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Scheme: internet-facing
      Subnets: [subnet-0123456789abcdef0, subnet-0fedcba9876543210]
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Web
      Port: ${port}
      Protocol: ${protocol}
      DefaultActions:
        - Type: forward
          TargetGroupArn: arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123456789abcdef
`;

export default defineExamples({
  terraform: {
    good: [lb + listener('http', 80, '"HTTP"') + https],
    bad: [lb + listener('http', 80, '"HTTP"'), lb + listener('http', 80, '"HTTP"') + listener('alt', 8080, '"HTTP"')],
    unknown: [`variable "protocol" {
  type = string
}
${lb}${listener('main', 443, 'var.protocol')}`],
  },
  cloudformation: { good: [cfn('HTTPS', 443)], bad: [cfn('HTTP', 80)] },
});
