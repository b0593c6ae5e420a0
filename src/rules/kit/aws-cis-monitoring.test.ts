import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unresolvable } from '../../model/core/index.js';
import type { ResourceTypeMap } from '../../model/types.js';
import { CIS_MONITORING, cisMonitoringOutcome, filterMatchesControl } from './aws-cis-monitoring.js';
import { fixtureContext, modelFixture, v } from './aws-logging-fixtures.js';

const A = '111122223333';
const R = 'us-east-1';
const GROUP = `arn:aws:logs:${R}:${A}:log-group:trail`;
const at = { account: A, region: R };
const UNAUTH = '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") }';

const trail = (name: string, o: Partial<ResourceTypeMap['aws.cloudtrail.trail']> = {}) =>
  modelFixture('aws.cloudtrail.trail', name, {
    trailName: v(name), isMultiRegion: v(true), logFileValidation: v(true), kmsKeyId: v(null), isLogging: v(true), includeGlobalServiceEvents: v(true),
    isOrganizationTrail: v(false), s3BucketName: v('logs'), cloudWatchLogsGroupArn: v(`${GROUP}:*`), s3DataEventsRead: v(false), s3DataEventsWrite: v(false), insightTypes: v([]), cloudWatchLogsLastDelivery: v(null), ...o,
  }, at);
const filter = (name: string, pattern: string, metric = 'Unauthorized', group = GROUP) =>
  modelFixture('aws.logs.metric-filter', name, { filterName: v(name), logGroupName: v(group.split(':log-group:')[1]!), logGroupUid: v(group), filterPattern: v(pattern), metricName: v(metric), metricNamespace: v('CIS') }, at);
const alarm = (name: string, o: Partial<ResourceTypeMap['aws.cloudwatch.alarm']> = {}) =>
  modelFixture('aws.cloudwatch.alarm', name, { metricName: v('Unauthorized'), metricNamespace: v('CIS'), actionsEnabled: v(true), alarmActions: v([`arn:aws:sns:${R}:${A}:alerts`]), snsTopicArns: v([`arn:aws:sns:${R}:${A}:alerts`]), ...o }, at);
const judge = (...rs: Parameters<typeof fixtureContext>[0]) => cisMonitoringOutcome(A, fixtureContext(rs), CIS_MONITORING.unauthorizedApiCalls);

test('pattern matching tolerates spacing and quoting, and needs every term', () => {
  assert.ok(filterMatchesControl(UNAUTH, CIS_MONITORING.unauthorizedApiCalls));
  assert.ok(filterMatchesControl('{($.errorCode="*UnauthorizedOperation")||($.errorCode="AccessDenied*")}', CIS_MONITORING.unauthorizedApiCalls));
  assert.ok(!filterMatchesControl('{ $.errorCode = "AccessDenied*" }', CIS_MONITORING.unauthorizedApiCalls));
  assert.ok(filterMatchesControl('{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }', CIS_MONITORING.rootAccountUse));
  assert.ok(!filterMatchesControl('{ $.userIdentity.type = "Root" }', CIS_MONITORING.rootAccountUse));
  assert.ok(filterMatchesControl('{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }', CIS_MONITORING.consoleSignInWithoutMfa));
  // "StartLoggingX" is not StartLogging.
  assert.ok(!filterMatchesControl('{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLoggingX) || ($.eventName = StopLogging) }', CIS_MONITORING.cloudTrailChanges));
});

test('route tables: DeleteRouteTable does not stand in for DeleteRoute', () => {
  const all = '{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }';
  assert.ok(filterMatchesControl(all, CIS_MONITORING.routeTableChanges));
  assert.ok(!filterMatchesControl(all.replace('|| ($.eventName = DeleteRoute) ', ''), CIS_MONITORING.routeTableChanges));
  assert.ok(filterMatchesControl('{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }', CIS_MONITORING.kmsKeyDisableOrDeletion));
});

test('trail → log group → matching filter → alarm with actions passes', () => {
  const o = judge(trail('t'), filter('f', UNAUTH), alarm('a'));
  assert.equal(o.status, 'pass');
  assert.match(o.message, /metric filter f feeds alarm a/);
});

test('each missing link fails', () => {
  assert.equal(judge(filter('f', UNAUTH), alarm('a')).status, 'fail');
  assert.equal(judge(trail('t', { isMultiRegion: v(false) }), filter('f', UNAUTH), alarm('a')).status, 'fail');
  assert.equal(judge(trail('t', { isLogging: v(false) }), filter('f', UNAUTH), alarm('a')).status, 'fail');
  assert.equal(judge(trail('t', { cloudWatchLogsGroupArn: v(null) }), filter('f', UNAUTH), alarm('a')).status, 'fail');
  assert.equal(judge(trail('t'), filter('f', '{ $.errorCode = "AccessDenied*" }'), alarm('a')).status, 'fail');
  assert.equal(judge(trail('t'), filter('f', UNAUTH, 'Unauthorized', `arn:aws:logs:${R}:${A}:log-group:other`), alarm('a')).status, 'fail');
  assert.equal(judge(trail('t'), filter('f', UNAUTH), alarm('a', { metricName: v('Other') })).status, 'fail');
  assert.equal(judge(trail('t'), filter('f', UNAUTH), alarm('a', { actionsEnabled: v(false) })).status, 'fail');
  assert.equal(judge(trail('t'), filter('f', UNAUTH), alarm('a', { alarmActions: v([]) })).status, 'fail');
});

test('another account does not count', () => {
  const other = { account: '999988887777', region: R };
  const t = modelFixture('aws.cloudtrail.trail', 'x', { ...trail('x').properties }, other);
  assert.equal(judge(t, filter('f', UNAUTH), alarm('a')).status, 'fail');
});

test('unknown values that could make it pass give unknown, never fail', () => {
  const u = unresolvable<never>('cloudwatch:DescribeAlarms failed: AccessDenied');
  assert.equal(judge(trail('t'), filter('f', UNAUTH), alarm('a', { metricName: u, metricNamespace: u, actionsEnabled: u, alarmActions: u })).status, 'unknown');
  assert.equal(judge(trail('t', { isLogging: unresolvable('cloudtrail:GetTrailStatus failed: AccessDenied') }), filter('f', UNAUTH), alarm('a')).status, 'unknown');
  const uf = modelFixture('aws.logs.metric-filter', '(unknown)', { filterName: u, logGroupName: u, logGroupUid: u, filterPattern: u, metricName: u, metricNamespace: u }, at);
  assert.equal(judge(trail('t'), uf, alarm('a')).status, 'unknown');
  // A known failure elsewhere does not hide a pass.
  assert.equal(judge(trail('t'), uf, filter('f', UNAUTH), alarm('a')).status, 'pass');
});
