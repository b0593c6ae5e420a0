import { defineExamples } from '../../kit/index.js';

const tf = (port: string, internal = false) => `${port.startsWith('var') ? 'variable "port" {\n  type = number\n}\n\n' : ''}resource "aws_lb" "edge" {
  name               = "edge"
  load_balancer_type = "network"
  internal           = ${internal}
  subnets            = ["subnet-0123456789abcdef0"]
}

resource "aws_lb_listener" "service" {
  load_balancer_arn = aws_lb.edge.arn
  port              = ${port}
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/svc/0123456789abcdef"
  }
}`;
const cfn = (port: number) => `Resources:
  Edge:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Type: network
      Scheme: internet-facing
      Subnets: [subnet-0123456789abcdef0]
  Service:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Edge
      Port: ${port}
      Protocol: TCP
      DefaultActions:
        - Type: forward
          TargetGroupArn: arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/svc/0123456789abcdef
`;

export default defineExamples({
  terraform: { good: [tf('443')], bad: [tf('22'), tf('5432')], unknown: [tf('var.port')] },
  cloudformation: { good: [cfn(443)], bad: [cfn(3389)] },
});
