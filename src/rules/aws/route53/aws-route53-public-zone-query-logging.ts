import { isKnown } from '../../../model/core/index.js';
import { check, defineRule, evidence, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-route53-public-zone-query-logging',
  title: 'Public hosted zone does not log DNS queries',
  severity: 'low',
  provider: 'aws',
  service: 'route53',
  resourceType: 'aws.route53.hosted-zone',
  description: 'A public Route 53 hosted zone should send its DNS query logs to CloudWatch Logs. Private zones are not judged (their queries are covered by Resolver query logging).',
  risk: 'Without query logs there is no record of who resolved which names: reconnaissance of the domain, DNS tunnelling and lookups of retired or hijacked subdomains go unseen, and an investigation has no DNS timeline.',
  remediation: {
    cli: 'aws route53 create-query-logging-config --hosted-zone-id Z0123456789EXAMPLE --cloud-watch-logs-log-group-arn arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.com',
    terraform: `resource "aws_route53_query_log" "zone" {
  zone_id                  = aws_route53_zone.public.zone_id
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn  # a log group in us-east-1
}`,
    cloudformation: `Type: AWS::Route53::HostedZone
Properties:
  Name: example.com
  QueryLoggingConfig:
    CloudWatchLogsLogGroupArn: !GetAtt DnsLogs.Arn`,
    console: 'Route 53 > Hosted zones > the zone > Configure query logging: choose or create a log group in us-east-1 and grant Route 53 permission to write to it.',
  },
  references: ['https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/query-logs.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/route53-controls.html'],
  evaluate(zone) {
    const priv = zone.properties.privateZone;
    if (!isKnown(priv)) return unknown('whether the zone is private could not be determined', evidence('privateZone', priv));
    if (priv.value) return undefined;
    return check('queryLogGroup', zone.properties.queryLogGroup, (g) => g !== null, {
      pass: 'DNS queries are logged to CloudWatch Logs',
      fail: 'the public zone has no query logging configuration',
    });
  },
});
