import { defineExamples } from '../../kit/index.js';
import { cisTrail } from '../../kit/fixtures-cis-monitoring.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

// The examples test evaluates at 2026-06-01.
export default defineExamples({
  model: {
    good: [cisTrail({ cloudWatchLogsLastDelivery: v('2026-05-31T23:55:00Z') })],
    bad: [cisTrail({ cloudWatchLogsLastDelivery: v('2026-04-02T08:00:00Z') }), cisTrail({ cloudWatchLogsLastDelivery: v(null) })],
    unknown: [cisTrail({ cloudWatchLogsLastDelivery: unresolvable('AccessDenied on cloudtrail:GetTrailStatus') })],
  },
});
