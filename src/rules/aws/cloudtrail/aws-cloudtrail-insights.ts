import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-cloudtrail-insights',
  title: 'No CloudTrail trail of the account logs Insights events',
  severity: 'low',
  provider: 'aws',
  service: 'cloudtrail',
  resourceType: 'aws.cloudtrail.trail',
  description:
    'At least one trail of the account should log CloudTrail Insights events (unusual API call or error rates). A trail passes when it, or another trail of the same account in the scan, has Insights on.',
  risk: 'Credential abuse often shows first as a burst of unusual calls or AccessDenied errors; Insights flags that spike against the account\'s baseline, which no static control does.',
  remediation: {
    cli: 'aws cloudtrail put-insight-selectors --trail-name TRAIL --insight-selectors \'[{"InsightType":"ApiCallRateInsight"},{"InsightType":"ApiErrorRateInsight"}]\'',
    terraform: `resource "aws_cloudtrail" "this" {
  # ...
  insight_selector {
    insight_type = "ApiCallRateInsight"
  }
  insight_selector {
    insight_type = "ApiErrorRateInsight"
  }
}`,
    cloudformation: `Type: AWS::CloudTrail::Trail
Properties:
  InsightSelectors:
    - InsightType: ApiCallRateInsight
    - InsightType: ApiErrorRateInsight`,
    console: 'CloudTrail > Trails > the trail > Insights events > Edit: API call rate and API error rate.',
  },
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-insights-events-with-cloudtrail.html'],
  evaluate(trail, ctx) {
    const own = trail.properties.insightTypes;
    const ev = evidence('insightTypes', own);
    if (isKnown(own) && own.value.length > 0) return pass(`the trail logs ${own.value.join(', ')}`, ev);
    const other = ctx.inAccount('aws.cloudtrail.trail', trail.account).find((t) => t !== trail && isKnown(t.properties.insightTypes) && t.properties.insightTypes.value.length > 0);
    if (other) return pass(`trail ${other.name} of the same account logs Insights events`, evidence(`trail(${other.name}).insightTypes`, other.properties.insightTypes));
    if (!isKnown(own)) return unknown(`the trail's insight selectors could not be read: ${own.reason ?? 'unresolvable'}`, ev);
    return fail('neither this trail nor another trail of the account logs Insights events', ev);
  },
});
