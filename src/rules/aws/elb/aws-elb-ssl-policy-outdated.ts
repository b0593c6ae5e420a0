import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { CLASSIC_DEFAULT_SSL_POLICY, listenerTlsProtocols, OUTDATED_TLS, terminatesTls } from '../../kit/aws-network-classic-elb.js';

export default defineRule({
  id: 'aws-elb-ssl-policy-outdated',
  title: 'Classic load balancer listener allows SSL, TLS 1.0 or TLS 1.1',
  severity: 'medium',
  provider: 'aws',
  service: 'elb',
  resourceType: 'aws.elb.load-balancer',
  description: `HTTPS and SSL listeners of a classic load balancer should use a security policy that only enables TLS 1.2, such as ELBSecurityPolicy-TLS-1-2-2017-01. A listener with no negotiation policy gets ${CLASSIC_DEFAULT_SSL_POLICY}, which still allows TLS 1.0.`,
  risk: 'SSLv3, TLS 1.0 and 1.1 have known weaknesses (POODLE, BEAST, weak hashes); a client or attacker can negotiate them down and break or tamper with the session. PCI DSS and most baselines forbid them.',
  remediation: {
    cli: 'aws elb create-load-balancer-policy --load-balancer-name LB_NAME --policy-name tls12 --policy-type-name SSLNegotiationPolicyType --policy-attributes AttributeName=Reference-Security-Policy,AttributeValue=ELBSecurityPolicy-TLS-1-2-2017-01 && aws elb set-load-balancer-policies-of-listener --load-balancer-name LB_NAME --load-balancer-port 443 --policy-names tls12',
    terraform: `resource "aws_load_balancer_policy" "tls12" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "tls12"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_listener_policy" "https" {
  load_balancer_name = aws_elb.web.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.tls12.policy_name]
}`,
    cloudformation: `Policies:
  - PolicyName: tls12
    PolicyType: SSLNegotiationPolicyType
    Attributes:
      - Name: Reference-Security-Policy
        Value: ELBSecurityPolicy-TLS-1-2-2017-01
Listeners:
  - LoadBalancerPort: "443"
    Protocol: HTTPS
    InstancePort: "80"
    SSLCertificateId: !Ref Certificate
    PolicyNames: [tls12]`,
    console: 'EC2 > Load Balancers > the classic load balancer > Listeners > the HTTPS/SSL listener > Change security policy: ELBSecurityPolicy-TLS-1-2-2017-01.',
  },
  references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-8'],
  evaluate(lb) {
    const listeners = lb.properties.listeners;
    if (!isKnown(listeners)) return unknown('the listeners could not be determined', evidence('listeners', listeners));
    const tls = listeners.value.filter(terminatesTls);
    if (tls.length === 0) return undefined;
    for (const l of tls) {
      const { policy, protocols } = listenerTlsProtocols(l);
      if (protocols === undefined) return unknown(`the protocols of policy ${policy} on port ${l.loadBalancerPort} are not known`, evidence('listeners', listeners));
      const old = protocols.filter((p) => OUTDATED_TLS.includes(p));
      if (old.length > 0) return fail(`the ${l.protocol} listener on port ${l.loadBalancerPort} uses ${policy}${l.sslPolicy === null ? ' (the default)' : ''}, which enables ${old.join(', ')}`, evidence('listeners', listeners));
    }
    return pass(`every HTTPS/SSL listener is limited to TLS 1.2 or newer`, evidence('listeners', listeners));
  },
});
