import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

const ENCRYPTED = ['HTTPS', 'TLS'];

export default defineRule({
  id: 'aws-elbv2-internet-facing-no-tls',
  title: 'Internet-facing load balancer has no HTTPS or TLS listener',
  severity: 'high',
  provider: 'aws',
  service: 'elbv2',
  resourceType: 'aws.elbv2.load-balancer',
  description: 'An internet-facing Application or Network Load Balancer should terminate TLS on at least one listener (HTTPS for ALBs, TLS for NLBs); one that only has plain HTTP, TCP or UDP listeners serves the internet unencrypted.',
  risk: 'Everything the clients send, including credentials and session tokens, crosses the internet in clear text and can be read or modified on the way; browsers also flag the site as not secure.',
  remediation: {
    cli: 'aws elbv2 create-listener --load-balancer-arn LB_ARN --protocol HTTPS --port 443 --certificates CertificateArn=ACM_CERT_ARN --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06 --default-actions Type=forward,TargetGroupArn=TG_ARN',
    terraform: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.web.arn
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}`,
    cloudformation: `Https:
  Type: AWS::ElasticLoadBalancingV2::Listener
  Properties:
    LoadBalancerArn: !Ref Web
    Port: 443
    Protocol: HTTPS
    SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
    Certificates: [{ CertificateArn: !Ref Certificate }]
    DefaultActions: [{ Type: forward, TargetGroupArn: !Ref TargetGroup }]`,
    console: 'EC2 > Load Balancers > the load balancer > Listeners > Add listener: HTTPS (or TLS) on 443 with an ACM certificate; then make the HTTP listener redirect to it.',
  },
  references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-1'],
  evaluate(lb, ctx) {
    const { scheme, lbType } = lb.properties;
    if (isKnown(lbType) && lbType.value === 'gateway') return undefined;
    if (isKnown(scheme) && scheme.value !== 'internet-facing') return undefined;
    if (!isKnown(scheme)) return unknown('the load balancer scheme could not be determined', evidence('scheme', scheme));
    const listeners = ctx.referencing('aws.elbv2.listener', 'loadBalancerId', lb.uid);
    // No listener collected (or declared): the load balancer serves nothing we can judge.
    if (listeners.length === 0) return undefined;
    const tls = listeners.find((l) => isKnown(l.properties.protocol) && ENCRYPTED.includes(l.properties.protocol.value.toUpperCase()));
    if (tls) return pass(`listener ${tls.name} terminates ${tls.properties.protocol.value as string}`, evidence(`listener(${tls.name}).protocol`, tls.properties.protocol));
    const undecided = listeners.find((l) => !isKnown(l.properties.protocol));
    if (undecided) return unknown(`the protocol of listener ${undecided.name} could not be determined`, evidence(`listener(${undecided.name}).protocol`, undecided.properties.protocol));
    return fail(`the internet-facing load balancer has ${listeners.length} listener(s), none of them HTTPS or TLS`, evidence('scheme', scheme), ...listeners.slice(0, 3).map((l) => evidence(`listener(${l.name}).protocol`, l.properties.protocol)));
  },
});
