import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-resolver-query-logging-deleted',
  kind: 'event',
  services: ['route53resolver'],
  actions: ['DeleteResolverQueryLogConfig'],
  title: 'Route 53 Resolver query logging was removed',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'DeleteResolverQueryLogConfig stopped logging the DNS queries made from VPCs: lookups of command-and-control or exfiltration domains no longer leave a trace.',
  falsePositives: 'Replacing the configuration with one that logs to a new destination. Check that VPCs are still associated with a query log configuration.',
  references: ['https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DeleteResolverQueryLogConfig.html'],
  match(e) {
    if (!principalCall(e, 'route53resolver', 'DeleteResolverQueryLogConfig')) return undefined;
    return `${who(e)} deleted Resolver query log configuration ${asString(req(e, 'resolverQueryLogConfigId')) ?? '(not named in the request)'}`;
  },
});
