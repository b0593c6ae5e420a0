import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-waf-logging-deleted',
  kind: 'event',
  services: ['wafv2', 'waf', 'waf-regional'],
  actions: ['DeleteLoggingConfiguration'],
  title: 'WAF request logging was removed',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'DeleteLoggingConfiguration on a WAF web ACL: requests it inspects, allows and blocks are no longer logged, hiding probing and exploitation attempts against the applications behind it.',
  falsePositives: 'Switching the log destination (delete, then put a new configuration). Check that logging was configured again.',
  references: ['https://docs.aws.amazon.com/waf/latest/APIReference/API_DeleteLoggingConfiguration.html'],
  match(e) {
    if (!principalCall(e, 'wafv2', 'DeleteLoggingConfiguration') && !principalCall(e, 'waf', 'DeleteLoggingConfiguration') && !principalCall(e, 'waf-regional', 'DeleteLoggingConfiguration')) return undefined;
    return `${who(e)} removed logging from web ACL ${asString(req(e, 'resourceArn')) ?? asString(req(e, 'ResourceArn')) ?? '(unnamed)'}`;
  },
});
