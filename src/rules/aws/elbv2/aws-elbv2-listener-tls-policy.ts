import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

/** Predefined policies with no version in their name that still allow TLS 1.0. */
const LEGACY = new Set(['elbsecuritypolicy-2016-08', 'elbsecuritypolicy-2015-05', 'elbsecuritypolicy-fs-2018-06']);
/** What AWS applies to an HTTPS/TLS listener created through the API, CLI or IaC with no policy named. */
const API_DEFAULT = 'ELBSecurityPolicy-2016-08';

/** Tri-state: true when the policy's minimum is TLS 1.0 or 1.1; undefined for a name we do not know. */
function allowsOldTls(policy: string): boolean | undefined {
  const p = policy.toLowerCase();
  if (LEGACY.has(p) || /-(tls|tls13|fs)-1-[01]-/.test(p)) return true;
  return /-(tls|tls13|fs)-1-[23]-/.test(p) ? false : undefined;
}

export default defineRule({
  id: 'aws-elbv2-listener-tls-policy',
  title: 'Load balancer listener uses an SSL policy that allows TLS 1.0 or 1.1',
  severity: 'medium',
  provider: 'aws',
  service: 'elbv2',
  resourceType: 'aws.elbv2.listener',
  description: `HTTPS and TLS listeners should use a security policy whose minimum protocol is TLS 1.2 (for example ELBSecurityPolicy-TLS13-1-2-2021-06). A listener with no policy named gets ${API_DEFAULT}, which allows TLS 1.0.`,
  risk: 'TLS 1.0 and 1.1 rely on weak constructions and ciphers; clients can be downgraded to them, and PCI DSS and most baselines forbid them.',
  remediation: {
    cli: 'aws elbv2 modify-listener --listener-arn LISTENER_ARN --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06',
    terraform: `resource "aws_lb_listener" "https" {
  # ...
  protocol   = "HTTPS"
  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}`,
    cloudformation: `Type: AWS::ElasticLoadBalancingV2::Listener
Properties:
  Protocol: HTTPS
  SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06`,
    console: 'EC2 > Load Balancers > the load balancer > Listeners > the HTTPS or TLS listener > Edit > Security policy: ELBSecurityPolicy-TLS13-1-2-2021-06.',
  },
  references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-17'],
  evaluate(listener) {
    const { protocol, sslPolicy } = listener.properties;
    if (isKnown(protocol) && !['HTTPS', 'TLS'].includes(protocol.value.toUpperCase())) return undefined;
    const ev = [evidence('protocol', protocol), evidence('sslPolicy', sslPolicy)];
    if (!isKnown(protocol) || !isKnown(sslPolicy)) return unknown('the listener protocol or SSL policy could not be determined', ...ev);
    const name = sslPolicy.value ?? API_DEFAULT;
    const old = allowsOldTls(name);
    if (old === undefined) return unknown(`SSL policy ${name} is not one we know the protocol range of`, ...ev);
    return old ? fail(`SSL policy ${name}${sslPolicy.value === null ? ' (the default)' : ''} allows TLS 1.0 or 1.1`, ...ev) : pass(`SSL policy ${name} requires TLS 1.2 or later`, ...ev);
  },
});
