import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CIS_MONITORING, filterMatchesControl } from './aws-cis-monitoring.js';
import { cisFilterPattern, cisMonitoringRule } from './aws-cis-monitoring-rule.js';

test('the generated filter pattern of every control matches that control', () => {
  for (const [key, control] of Object.entries(CIS_MONITORING)) assert.ok(filterMatchesControl(cisFilterPattern(control), control), key);
});

test('generated patterns have the CIS boolean structure', () => {
  assert.equal(cisFilterPattern(CIS_MONITORING.rootAccountUse), '{ ($.userIdentity.type = "Root") && ($.userIdentity.invokedBy NOT EXISTS) && ($.eventType != "AwsServiceEvent") }');
  assert.equal(cisFilterPattern(CIS_MONITORING.kmsKeyDisableOrDeletion), '{ ($.eventSource = "kms.amazonaws.com") && (($.eventName = "DisableKey") || ($.eventName = "ScheduleKeyDeletion")) }');
  assert.equal(cisFilterPattern(CIS_MONITORING.unauthorizedApiCalls), '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }');
});

test('a control pattern is not taken by another control', () => {
  assert.ok(!filterMatchesControl(cisFilterPattern(CIS_MONITORING.consoleAuthFailures), CIS_MONITORING.consoleSignInWithoutMfa));
});

test('the factory builds a cloudwatch rule on the root account with the pattern in its remediation', () => {
  const r = cisMonitoringRule({ short: 'root-usage', control: CIS_MONITORING.rootAccountUse, title: 't', severity: 'high', what: 'w', risk: 'r', metricName: 'M', cis: '4.3', securityHub: 1 });
  assert.equal(r.id, 'aws-cloudwatch-alarm-root-usage');
  assert.equal(r.resourceType, 'aws.iam.root-account');
  assert.ok(r.remediation.cli?.includes(cisFilterPattern(CIS_MONITORING.rootAccountUse)));
  assert.ok(r.references.some((u) => u.endsWith('#cloudwatch-1')));
});
