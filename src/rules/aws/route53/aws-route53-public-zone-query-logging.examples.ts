import { defineExamples } from '../../kit/index.js';
import { unresolvable } from '../../../model/core/index.js';
import { cfnZone, hostedZoneFixture, tfZone } from '../../kit/aws-network-dns-elb-examples.js';

const LOGS = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.com';

export default defineExamples({
  terraform: {
    good: [tfZone({ queryLog: true })],
    bad: [tfZone()],
    unknown: [tfZone({ extra: `
variable "zone_id" {}

resource "aws_route53_query_log" "any" {
  zone_id                  = var.zone_id
  cloudwatch_log_group_arn = "${LOGS}"
}
` })],
  },
  cloudformation: { good: [cfnZone({ queryLog: true })], bad: [cfnZone()] },
  model: {
    good: [hostedZoneFixture({ queryLogGroup: LOGS })],
    bad: [hostedZoneFixture()],
    unknown: [hostedZoneFixture({ queryLogGroup: unresolvable('route53:ListQueryLoggingConfigs failed: AccessDenied') })],
  },
});
