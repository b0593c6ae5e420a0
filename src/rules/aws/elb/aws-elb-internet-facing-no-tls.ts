import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { terminatesTls } from '../../kit/aws-network-classic-elb.js';

export default defineRule({
  id: 'aws-elb-internet-facing-no-tls',
  title: 'Internet-facing classic load balancer has no HTTPS or SSL listener',
  severity: 'high',
  provider: 'aws',
  service: 'elb',
  resourceType: 'aws.elb.load-balancer',
  description: 'An internet-facing classic load balancer should terminate TLS on at least one listener (HTTPS or SSL); one with only HTTP or TCP listeners serves the internet unencrypted. Internal load balancers are not judged.',
  risk: 'Credentials, session cookies and data cross the internet in clear text and can be read or altered in transit; classic load balancers cannot redirect HTTP to HTTPS, so clients never get upgraded.',
  remediation: {
    cli: 'aws elb create-load-balancer-listeners --load-balancer-name LB_NAME --listeners "Protocol=HTTPS,LoadBalancerPort=443,InstanceProtocol=HTTP,InstancePort=80,SSLCertificateId=ACM_CERT_ARN"',
    terraform: `resource "aws_elb" "web" {
  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 80
    instance_protocol  = "http"
    ssl_certificate_id = aws_acm_certificate.web.arn
  }
}`,
    cloudformation: `Type: AWS::ElasticLoadBalancing::LoadBalancer
Properties:
  Listeners:
    - LoadBalancerPort: "443"
      Protocol: HTTPS
      InstancePort: "80"
      InstanceProtocol: HTTP
      SSLCertificateId: !Ref Certificate`,
    console: 'EC2 > Load Balancers > the classic load balancer > Listeners > Edit: add an HTTPS (or SSL) listener with an ACM certificate; better, migrate to an Application Load Balancer that can redirect HTTP to HTTPS.',
  },
  references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-create-https-ssl-load-balancer.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-3'],
  evaluate(lb) {
    const { scheme, listeners } = lb.properties;
    if (!isKnown(scheme)) return unknown('the load balancer scheme could not be determined', evidence('scheme', scheme));
    if (scheme.value !== 'internet-facing') return undefined;
    if (!isKnown(listeners)) return unknown('the listeners could not be determined', evidence('listeners', listeners));
    if (listeners.value.length === 0) return undefined;
    const tls = listeners.value.find(terminatesTls);
    if (tls) return pass(`the ${tls.protocol} listener on port ${tls.loadBalancerPort} terminates TLS`, evidence('listeners', listeners));
    return fail(`the internet-facing load balancer only has ${[...new Set(listeners.value.map((l) => l.protocol))].join('/')} listeners`, evidence('scheme', scheme), evidence('listeners', listeners));
  },
});
