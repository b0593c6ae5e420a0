/**
 * Grouped model examples for the CIS CloudWatch monitoring rules: the root-user resource (judged) with the
 * trail, metric filter and alarm that make up its inventory.
 */
import { unresolvable, type Resource } from '../../model/core/index.js';
import type { ModelResource, ResourceTypeMap } from '../../model/types.js';
import type { CisMonitoringControl } from './aws-cis-monitoring.js';
import { cisFilterPattern } from './aws-cis-monitoring-rule.js';
import { modelFixture, v } from './aws-logging-fixtures.js';
import type { RuleExamples } from './examples.js';
import { rootAccount } from './fixtures-iam.js';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const GROUP = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:cloudtrail-events`;
const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:security-alerts`;
const at = { account: ACCOUNT, region: REGION };

/** A multi-region, logging trail delivering to the `cloudtrail-events` log group. */
export function cisTrail(p: Partial<ResourceTypeMap['aws.cloudtrail.trail']> = {}): ModelResource<'aws.cloudtrail.trail'> {
  return modelFixture('aws.cloudtrail.trail', 'main', {
    trailName: v('main'), isMultiRegion: v(true), logFileValidation: v(true), kmsKeyId: v(null), isLogging: v(true), includeGlobalServiceEvents: v(true),
    isOrganizationTrail: v(false), s3BucketName: v('trail-logs'), cloudWatchLogsGroupArn: v(`${GROUP}:*`), s3DataEventsRead: v(false), s3DataEventsWrite: v(false), insightTypes: v([]), cloudWatchLogsLastDelivery: v(null), ...p,
  }, at);
}

/** A metric filter on the trail's log group publishing `CISBenchmark/<metric>`. */
export function cisMetricFilter(pattern: string, metric = 'CisMetric'): ModelResource<'aws.logs.metric-filter'> {
  return modelFixture('aws.logs.metric-filter', metric, {
    filterName: v(metric), logGroupName: v('cloudtrail-events'), logGroupUid: v(GROUP), filterPattern: v(pattern), metricName: v(metric), metricNamespace: v('CISBenchmark'),
  }, at);
}

/** An alarm on `CISBenchmark/<metric>` notifying an SNS topic. */
export function cisAlarm(p: Partial<ResourceTypeMap['aws.cloudwatch.alarm']> = {}, metric = 'CisMetric'): ModelResource<'aws.cloudwatch.alarm'> {
  return modelFixture('aws.cloudwatch.alarm', `${metric}-alarm`, {
    metricName: v(metric), metricNamespace: v('CISBenchmark'), actionsEnabled: v(true), alarmActions: v([TOPIC]), snsTopicArns: v([TOPIC]), ...p,
  }, at);
}

/** Good, bad and unknown groups for a control, each led by the root-user resource the rule judges. */
export function cisMonitoringExamples(control: CisMonitoringControl): RuleExamples {
  const root = rootAccount();
  const pattern = cisFilterPattern(control);
  const group = (...rs: Resource[]): readonly Resource[] => [root, ...rs];
  const denied = unresolvable<never>('cloudwatch:DescribeAlarms failed: AccessDenied');
  return {
    model: {
      good: [group(cisTrail(), cisMetricFilter(pattern), cisAlarm())],
      bad: [
        group(cisTrail(), cisAlarm()),
        group(cisTrail(), cisMetricFilter(pattern)),
        group(cisTrail(), cisMetricFilter(pattern), cisAlarm({ alarmActions: v([]), snsTopicArns: v([]) })),
        group(cisTrail({ isMultiRegion: v(false) }), cisMetricFilter(pattern), cisAlarm()),
        group(cisTrail(), cisMetricFilter('{ $.eventName = "Nothing" }'), cisAlarm()),
      ],
      unknown: [
        group(cisTrail(), cisMetricFilter(pattern), cisAlarm({ metricName: denied, metricNamespace: denied, actionsEnabled: denied, alarmActions: denied, snsTopicArns: denied })),
        group(cisTrail({ isLogging: unresolvable('cloudtrail:GetTrailStatus failed: AccessDenied') }), cisMetricFilter(pattern), cisAlarm()),
      ],
    },
  };
}
