/**
 * Example sources and model fixtures for the Route 53 and classic ELB rules: one Terraform and one
 * CloudFormation builder per resource, each option turning one setting the rules judge on or off.
 */
import { explicit, type Value } from '../../model/core/index.js';
import type { ClassicListener } from '../../model/aws/index.js';
import type { ModelResource } from '../../model/types.js';
import { netFixture } from './aws-network-model-fixtures.js';

export interface ZoneOptions {
  readonly private?: boolean;
  readonly queryLog?: boolean;
  /** Declare an active Shield Advanced subscription, and (with `protect`) a protection for the zone. */
  readonly subscribe?: boolean;
  readonly protect?: boolean;
  /** Extra text appended to the file (variables, ...). */
  readonly extra?: string;
}

export function tfZone(o: ZoneOptions = {}): string {
  return `resource "aws_route53_zone" "public" {
  name = "example.com"${o.private ? `
  vpc {
    vpc_id = "vpc-0123456789abcdef0"
  }` : ''}
}
${o.queryLog ? `
resource "aws_cloudwatch_log_group" "dns" {
  name              = "/aws/route53/example.com"
  retention_in_days = 365
}

resource "aws_route53_query_log" "public" {
  zone_id                  = aws_route53_zone.public.zone_id
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn
}
` : ''}${o.subscribe ? `
resource "aws_shield_subscription" "this" {
  auto_renew = "ENABLED"
}
` : ''}${o.protect ? `
resource "aws_shield_protection" "zone" {
  name         = "zone"
  resource_arn = aws_route53_zone.public.arn
}
` : ''}${o.extra ?? ''}`;
}

export function cfnZone(o: ZoneOptions = {}): string {
  return `Resources:
  Zone:
    Type: AWS::Route53::HostedZone
    Properties:
      Name: example.com${o.private ? `
      VPCs:
        - VPCId: vpc-0123456789abcdef0
          VPCRegion: eu-west-1` : ''}${o.queryLog ? `
      QueryLoggingConfig:
        CloudWatchLogsLogGroupArn: arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.com` : ''}
`;
}

export interface ElbOptions {
  readonly internal?: boolean;
  /** Front-end protocols, one listener each (HTTP on 80, HTTPS on 443, TCP on 5432, SSL on 8443). */
  readonly protocols?: readonly ('HTTP' | 'HTTPS' | 'TCP' | 'SSL')[];
  /** The predefined policy the HTTPS/SSL listeners reference; absent: no negotiation policy attached. */
  readonly sslPolicy?: string;
  readonly accessLogs?: boolean;
  readonly crossZone?: boolean;
  readonly draining?: boolean;
  readonly subscribe?: boolean;
  readonly protect?: boolean;
  readonly extra?: string;
}

const PORT = { HTTP: 80, HTTPS: 443, TCP: 5432, SSL: 8443 } as const;
const BACKEND = { HTTP: 'HTTP', HTTPS: 'HTTP', TCP: 'TCP', SSL: 'TCP' } as const;
const CERT = 'arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d-0000-0000-0000-000000000000';

export function tfElb(o: ElbOptions = {}): string {
  const protocols = o.protocols ?? ['HTTPS'];
  const listeners = protocols.map((p) => `
  listener {
    lb_port           = ${PORT[p]}
    lb_protocol       = "${p.toLowerCase()}"
    instance_port     = ${PORT[p] === 443 ? 80 : PORT[p]}
    instance_protocol = "${BACKEND[p].toLowerCase()}"${p === 'HTTPS' || p === 'SSL' ? `
    ssl_certificate_id = "${CERT}"` : ''}
  }`).join('');
  const tlsPorts = protocols.filter((p) => p === 'HTTPS' || p === 'SSL').map((p) => PORT[p]);
  const policy = o.sslPolicy && tlsPorts.length > 0 ? `
resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.web.name
  policy_name        = "tls"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "${o.sslPolicy}"
  }
}
${tlsPorts.map((port) => `
resource "aws_load_balancer_listener_policy" "port_${port}" {
  load_balancer_name = aws_elb.web.name
  load_balancer_port = ${port}
  policy_names       = [aws_load_balancer_policy.tls.policy_name]
}
`).join('')}` : '';
  return `resource "aws_elb" "web" {
  name               = "web"
  availability_zones = ["eu-west-1a", "eu-west-1b"]
  internal           = ${o.internal ? 'true' : 'false'}${listeners}
  cross_zone_load_balancing = ${o.crossZone === false ? 'false' : 'true'}
  connection_draining       = ${o.draining === false ? 'false' : 'true'}${o.accessLogs === false ? '' : `
  access_logs {
    bucket  = "web-elb-logs"
    enabled = true
  }`}
}
${policy}${o.subscribe ? `
resource "aws_shield_subscription" "this" {
  auto_renew = "ENABLED"
}
` : ''}${o.protect ? `
resource "aws_shield_protection" "web" {
  name         = "web"
  resource_arn = aws_elb.web.arn
}
` : ''}${o.extra ?? ''}`;
}

export function cfnElb(o: ElbOptions = {}): string {
  const protocols = o.protocols ?? ['HTTPS'];
  const listeners = protocols.map((p) => `
        - LoadBalancerPort: "${PORT[p]}"
          Protocol: ${p}
          InstancePort: "${PORT[p] === 443 ? 80 : PORT[p]}"
          InstanceProtocol: ${BACKEND[p]}${p === 'HTTPS' || p === 'SSL' ? `
          SSLCertificateId: ${CERT}${o.sslPolicy ? `
          PolicyNames: [tls]` : ''}` : ''}`).join('');
  return `Resources:
  Web:
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      AvailabilityZones: [eu-west-1a, eu-west-1b]${o.internal ? `
      Scheme: internal` : ''}
      Listeners:${listeners}${o.sslPolicy ? `
      Policies:
        - PolicyName: tls
          PolicyType: SSLNegotiationPolicyType
          Attributes:
            - Name: Reference-Security-Policy
              Value: ${o.sslPolicy}` : ''}
      CrossZone: ${o.crossZone === false ? 'false' : 'true'}
      ConnectionDrainingPolicy:
        Enabled: ${o.draining === false ? 'false' : 'true'}
        Timeout: 300${o.accessLogs === false ? '' : `
      AccessLoggingPolicy:
        Enabled: true
        S3BucketName: web-elb-logs`}
`;
}

const v = <T>(x: T): Value<T> => explicit(x);
export const ZONE_UID = 'arn:aws:route53:::hostedzone/Z0123456789EXAMPLE';
export const ELB_UID = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/web';

export function hostedZoneFixture(p: { private?: boolean | Value<boolean>; queryLogGroup?: string | null | Value<string | null> } = {}): ModelResource<'aws.route53.hosted-zone'> {
  const lift = <T>(x: T | Value<T>): Value<T> => (x !== null && typeof x === 'object' && 'kind' in (x as object) ? (x as Value<T>) : v(x as T));
  return netFixture('aws.route53.hosted-zone', ZONE_UID, {
    zoneName: v('example.com.'), privateZone: lift(p.private ?? false), recordCount: v(12), queryLogGroup: lift<string | null>(p.queryLogGroup === undefined ? null : p.queryLogGroup),
  });
}

export function classicListener(protocol: string, sslPolicy: string | null = null, sslProtocols: readonly string[] | null = null): ClassicListener {
  const port = { HTTP: 80, HTTPS: 443, TCP: 5432, SSL: 8443 }[protocol] ?? 80;
  return { protocol, loadBalancerPort: port, instanceProtocol: protocol === 'HTTPS' ? 'HTTP' : protocol === 'SSL' ? 'TCP' : protocol, instancePort: port, sslPolicy, sslProtocols };
}

export function classicLbFixture(p: { scheme?: string | Value<string>; listeners?: readonly ClassicListener[] | Value<readonly ClassicListener[]> } = {}): ModelResource<'aws.elb.load-balancer'> {
  const scheme = p.scheme ?? 'internet-facing';
  const listeners = p.listeners ?? [classicListener('HTTPS', 'ELBSecurityPolicy-TLS-1-2-2017-01')];
  return netFixture('aws.elb.load-balancer', ELB_UID, {
    scheme: typeof scheme === 'string' ? v(scheme) : scheme,
    listeners: Array.isArray(listeners) ? v(listeners as readonly ClassicListener[]) : (listeners as Value<readonly ClassicListener[]>),
    accessLogsEnabled: v(true), connectionDraining: v(true), crossZoneLoadBalancing: v(true), securityGroups: v([]), instances: v([]),
  });
}
