/**
 * End to end for the logging and monitoring vertical: a world with planted misconfigurations (single-region
 * trail without validation that is not logging, GuardDuty disabled in one region and absent in another,
 * a stopped Config recorder, Security Hub not subscribed, a KMS key without rotation, a log group kept
 * forever without KMS) served by simcloud, scanned by the real collectors through the real SDK, judged by
 * the existing rules: each planted case fails, its compliant twin passes, nothing is unknown.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Resource } from '../model/core/index.js';
import type { Finding } from '../findings/finding.js';
import { Inventory } from '../engine/inventory.js';
import { runRules } from '../engine/runner.js';
import { RULE_FILES } from '../rules/catalog.generated.js';
import { startSimcloud, type RunningSimcloud } from '../simcloud/testing.js';
import { runCollectorForTest } from '../sources/live/aws/testing.js';
import type { CollectorDefinition } from '../sources/live/aws/collector.js';
import kms from '../sources/live/aws/collectors/kms.js';
import cloudtrail from '../sources/live/aws/collectors/cloudtrail.js';
import config from '../sources/live/aws/collectors/config.js';
import guardduty from '../sources/live/aws/collectors/guardduty.js';
import securityhub from '../sources/live/aws/collectors/securityhub.js';
import logs from '../sources/live/aws/collectors/logs.js';
import alarms from '../sources/live/aws/collectors/monitoring.js';
import s3 from '../sources/live/aws/collectors/s3.js';
import { CIS_MONITORING, cisMonitoringOutcome } from '../rules/kit/aws-cis-monitoring.js';

const ACCOUNT = '444455556666';
const US = 'us-east-1';
const EU = 'eu-west-1';
const DE = 'eu-central-1';
const SERVICES = new Set(['kms', 'cloudtrail', 'config', 'guardduty', 'securityhub', 'logs']);

const world = {
  regions: [US, EU, DE],
  optInRegions: [],
  accounts: [
    {
      id: ACCOUNT,
      // The trails' bucket, so the trail-bucket rules have what they judge (private, logged, locked).
      services: {
        s3: {
          Buckets: [{
            Name: 'trail-logs', Region: US, PublicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
            Logging: { TargetBucket: 'access-logs', TargetPrefix: 'trail-logs/' }, Versioning: { Status: 'Enabled' }, ObjectLock: { ObjectLockEnabled: 'Enabled' },
          }],
        },
      },
      regions: {
        [US]: {
          kms: { Keys: [{ KeyMetadata: { KeyId: 'no-rotation' } }, { KeyMetadata: { KeyId: 'rotating' }, KeyRotationEnabled: true }] },
          cloudtrail: {
            Trails: [
              {
                Name: 'good-trail',
                S3BucketName: 'trail-logs',
                IsMultiRegionTrail: true,
                LogFileValidationEnabled: true,
                KmsKeyId: `arn:aws:kms:${US}:${ACCOUNT}:key/rotating`,
                CloudWatchLogsLogGroupArn: `arn:aws:logs:${US}:${ACCOUNT}:log-group:trail:*`,
                EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }],
              },
              { Name: 'bad-trail', S3BucketName: 'trail-logs', IsLogging: false },
            ],
          },
          guardduty: { Detectors: [{ DetectorId: 'gd-us', Status: 'ENABLED' }] },
          config: {
            ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } }],
            ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'SUCCESS' }],
          },
          securityhub: { Hub: {}, StandardsSubscriptions: [{ StandardsArn: 'arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0' }] },
          logs: {
            logGroups: [{ logGroupName: 'trail', retentionInDays: 400, kmsKeyId: `arn:aws:kms:${US}:${ACCOUNT}:key/rotating` }, { logGroupName: 'forever-plain' }, { logGroupName: 'short', retentionInDays: 7 }],
            metricFilters: [
              { filterName: 'unauthorized', logGroupName: 'trail', filterPattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }', metricTransformations: [{ metricName: 'UnauthorizedAPICalls', metricNamespace: 'CIS', metricValue: '1' }] },
              { filterName: 'root', logGroupName: 'trail', filterPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }', metricTransformations: [{ metricName: 'RootUse', metricNamespace: 'CIS', metricValue: '1' }] },
            ],
          },
          // The root-use alarm exists but notifies nobody: the control fails.
          monitoring: {
            MetricAlarms: [
              { AlarmName: 'unauthorized', MetricName: 'UnauthorizedAPICalls', Namespace: 'CIS', AlarmActions: [`arn:aws:sns:${US}:${ACCOUNT}:alerts`] },
              { AlarmName: 'root', MetricName: 'RootUse', Namespace: 'CIS', AlarmActions: [] },
            ],
          },
        },
        [EU]: {
          guardduty: { Detectors: [{ DetectorId: 'gd-eu', Status: 'DISABLED' }] },
          config: { ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true } }], ConfigurationRecordersStatus: [{ name: 'default', recording: false }] },
        },
        [DE]: {},
      },
    },
  ],
};

describe('logging and monitoring: live collectors through simcloud, judged by the rules', () => {
  let sim: RunningSimcloud;
  let findings: Finding[];
  let inventory: Inventory;
  before(async () => {
    sim = await startSimcloud(world);
    const resources: Resource[] = [];
    const collectors: CollectorDefinition[] = [kms, cloudtrail, config, guardduty, securityhub, logs, alarms];
    for (const region of [US, EU, DE]) {
      const runs = await Promise.all(collectors.map((c) => runCollectorForTest(c, { endpoint: sim.endpoint, credentials: sim.credentials, account: ACCOUNT, region })));
      for (const r of runs) {
        assert.deepEqual(r.gaps, [], `no coverage gaps expected in ${region}`);
        resources.push(...r.resources);
      }
    }
    const buckets = await runCollectorForTest(s3, { endpoint: sim.endpoint, credentials: sim.credentials, account: ACCOUNT, region: US });
    resources.push(...buckets.resources);
    const rules = RULE_FILES.map((f) => f.rule).filter((r) => r.provider === 'aws' && SERVICES.has(r.service));
    inventory = new Inventory(resources);
    findings = runRules(inventory, rules, { now: new Date('2026-06-01T00:00:00Z') });
  });
  after(() => sim.close());

  const verdict = (ruleId: string, region: string, name: string): string => {
    const f = findings.filter((x) => x.ruleId === ruleId && x.resource.region === region && x.resource.name === name);
    assert.ok(f.length > 0, `no finding of ${ruleId} on ${name} in ${region}`);
    const statuses = [...new Set(f.map((x) => x.status))];
    assert.equal(statuses.length, 1, `${ruleId} on ${name}: mixed ${statuses.join(',')}`);
    return statuses[0]!;
  };

  it('no rule of these services is unknown when the world has the data', () => {
    assert.deepEqual(findings.filter((f) => f.status === 'unknown').map((f) => `${f.ruleId} ${f.resource.name}: ${f.message}`), []);
  });

  it('CloudTrail: the planted trail fails, the good one passes', () => {
    for (const id of ['aws-cloudtrail-multi-region', 'aws-cloudtrail-log-file-validation', 'aws-cloudtrail-logging-enabled', 'aws-cloudtrail-kms-encryption', 'aws-cloudtrail-cloudwatch-logs']) {
      assert.equal(verdict(id, US, 'bad-trail'), 'fail', id);
      assert.equal(verdict(id, US, 'good-trail'), 'pass', id);
    }
    // The good multi-region trail logs S3 data events for the whole account.
    assert.equal(verdict('aws-cloudtrail-s3-data-events', US, 'bad-trail'), 'pass');
    const f = findings.find((x) => x.ruleId === 'aws-cloudtrail-logging-enabled' && x.resource.name === 'bad-trail')!;
    assert.equal(f.source.kind === 'api' && f.source.call, 'cloudtrail:GetTrailStatus');
  });

  it('GuardDuty: enabled passes, disabled and absent fail', () => {
    assert.equal(verdict('aws-guardduty-detector-enabled', US, 'gd-us'), 'pass');
    assert.equal(verdict('aws-guardduty-detector-enabled', EU, 'gd-eu'), 'fail');
    assert.equal(verdict('aws-guardduty-detector-enabled', DE, '(no detector)'), 'fail');
  });

  it('Config: recording passes, stopped and absent fail', () => {
    assert.equal(verdict('aws-config-recorder-enabled', US, 'default'), 'pass');
    assert.equal(verdict('aws-config-recorder-enabled', EU, 'default'), 'fail');
    assert.equal(verdict('aws-config-recorder-enabled', DE, '(no recorder)'), 'fail');
    assert.equal(verdict('aws-config-recorder-all-resources', US, 'default'), 'pass');
  });

  it('Security Hub: subscribed passes, not subscribed fails', () => {
    assert.equal(verdict('aws-securityhub-enabled', US, 'Security Hub'), 'pass');
    assert.equal(verdict('aws-securityhub-enabled', EU, 'Security Hub'), 'fail');
    assert.equal(verdict('aws-securityhub-enabled', DE, 'Security Hub'), 'fail');
  });

  it('KMS: the key without rotation fails, the rotating one passes, policies are not public', () => {
    assert.equal(verdict('aws-kms-key-rotation', US, 'no-rotation'), 'fail');
    assert.equal(verdict('aws-kms-key-rotation', US, 'rotating'), 'pass');
    assert.equal(verdict('aws-kms-key-policy-public', US, 'no-rotation'), 'pass');
  });

  it('Logs: retention and KMS judged per group', () => {
    assert.equal(verdict('aws-logs-group-retention', US, 'trail'), 'pass');
    assert.equal(verdict('aws-logs-group-retention', US, 'forever-plain'), 'pass');
    assert.equal(verdict('aws-logs-group-retention', US, 'short'), 'fail');
    assert.equal(verdict('aws-logs-group-kms', US, 'trail'), 'pass');
    assert.equal(verdict('aws-logs-group-kms', US, 'forever-plain'), 'fail');
  });

  it('CIS monitoring: trail → log group → metric filter → alarm, read live', () => {
    const ctx = inventory.context(new Date('2026-06-01T00:00:00Z'));
    assert.equal(cisMonitoringOutcome(ACCOUNT, ctx, CIS_MONITORING.unauthorizedApiCalls).status, 'pass');
    assert.equal(cisMonitoringOutcome(ACCOUNT, ctx, CIS_MONITORING.rootAccountUse).status, 'fail');
    assert.equal(cisMonitoringOutcome(ACCOUNT, ctx, CIS_MONITORING.consoleSignInWithoutMfa).status, 'fail');
  });
});
