import { isKnown } from '../../../model/core/index.js';
import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-elbv2-listener-https',
  title: 'Load balancer HTTP listener does not redirect to HTTPS',
  severity: 'medium',
  provider: 'aws',
  service: 'elbv2',
  resourceType: 'aws.elbv2.listener',
  description: 'Plain HTTP listeners on Application Load Balancers should only redirect clients to HTTPS, never serve content.',
  risk: 'Traffic served over HTTP travels in clear: session cookies, credentials and personal data can be read or altered by anyone on the path.',
  remediation: {
    cli: 'aws elbv2 modify-listener --listener-arn LISTENER_ARN --default-actions \'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}\'',
    terraform: `resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.this.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}`,
    cloudformation: `Type: AWS::ElasticLoadBalancingV2::Listener
Properties:
  LoadBalancerArn: !Ref LoadBalancer
  Port: 80
  Protocol: HTTP
  DefaultActions:
    - Type: redirect
      RedirectConfig: { Protocol: HTTPS, Port: "443", StatusCode: HTTP_301 }`,
    console: 'EC2 > Load Balancers > the load balancer > Listeners > HTTP:80 > Edit: default action "Redirect to URL", protocol HTTPS, port 443, 301.',
  },
  references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions', 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-1'],
  evaluate(listener) {
    const { protocol } = listener.properties;
    if (isKnown(protocol) && protocol.value.toUpperCase() !== 'HTTP') return undefined;
    if (!isKnown(protocol)) return check('protocol', protocol, () => true, { pass: '', fail: '' });
    return check('redirectsToHttps', listener.properties.redirectsToHttps, (v) => v, {
      pass: 'the HTTP listener redirects to HTTPS',
      fail: 'the HTTP listener serves traffic without redirecting to HTTPS',
    });
  },
});
