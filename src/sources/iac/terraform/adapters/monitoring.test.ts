import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TfBuilder, block, ref } from './test-support/builder.js';
import { propsOf } from './test-support/props.js';

test('a trail with no settings: single region, no validation, logging on, global events on', () => {
  const b = new TfBuilder();
  b.resource('aws_s3_bucket', 'logs', { bucket: 'logs' });
  b.resource('aws_cloudtrail', 't', { name: 't', s3_bucket_name: ref('aws_s3_bucket.logs') });
  const t = propsOf(b, 'aws.cloudtrail.trail', 'aws_cloudtrail.t');
  assert.deepEqual(
    [t.isMultiRegion.value, t.logFileValidation.value, t.isLogging.value, t.includeGlobalServiceEvents.value, t.isOrganizationTrail.value, t.kmsKeyId.value],
    [false, false, true, true, false, null],
  );
  assert.equal(t.s3BucketName.value, '.:aws_s3_bucket.logs');
  assert.equal(t.s3DataEventsRead.value, false);
  assert.equal(t.s3DataEventsWrite.value, false);
});

test('S3 data events from classic and advanced event selectors', () => {
  const b = new TfBuilder();
  b.resource('aws_cloudtrail', 'c', {
    name: 'c',
    event_selector: block({ read_write_type: 'WriteOnly', data_resource: block({ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }) }),
  });
  b.resource('aws_cloudtrail', 'a', {
    name: 'a',
    advanced_event_selector: block({
      field_selector: block({ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::S3::Object'] }, { field: 'readOnly', equals: ['true'] }),
    }),
  });
  const c = propsOf(b, 'aws.cloudtrail.trail', 'aws_cloudtrail.c');
  assert.deepEqual([c.s3DataEventsRead.value, c.s3DataEventsWrite.value], [false, true]);
  const a = propsOf(b, 'aws.cloudtrail.trail', 'aws_cloudtrail.a');
  assert.deepEqual([a.s3DataEventsRead.value, a.s3DataEventsWrite.value], [true, false]);
});

test('a config recorder records only with a status resource that enables it', () => {
  const b = new TfBuilder();
  b.resource('aws_config_configuration_recorder', 'r', { name: 'main', role_arn: 'x' });
  const stopped = propsOf(b, 'aws.config.recorder', 'aws_config_configuration_recorder.r');
  assert.equal(stopped.recording.kind, 'default');
  assert.equal(stopped.recording.value, false);
  assert.match(stopped.recording.reason ?? '', /stopped/);
  assert.equal(stopped.allSupported.value, true);
  assert.equal(stopped.includeGlobalResourceTypes.value, false);
  b.resource('aws_config_configuration_recorder_status', 's', { name: 'main', is_enabled: true });
  const on = propsOf(b, 'aws.config.recorder', 'aws_config_configuration_recorder.r');
  assert.equal(on.recording.value, true);
  assert.equal(on.exists.value, true);
});

test('GuardDuty, Security Hub and log groups', () => {
  const b = new TfBuilder();
  b.provider('aws', { region: 'eu-west-1' });
  b.resource('aws_guardduty_detector', 'd', {});
  b.resource('aws_securityhub_account', 'h', {});
  b.resource('aws_securityhub_standards_subscription', 'pci', { standards_arn: 'arn:aws:securityhub:eu-west-1::standards/pci-dss/v/3.2.1' });
  b.resource('aws_cloudwatch_log_group', 'never', { name: 'never' });
  b.resource('aws_cloudwatch_log_group', 'week', { name: 'week', retention_in_days: 7, kms_key_id: 'arn:aws:kms:x' });
  const d = propsOf(b, 'aws.guardduty.detector', 'aws_guardduty_detector.d');
  assert.equal(d.enabled.value, true);
  assert.equal(d.findingPublishingFrequency.value, 'SIX_HOURS');
  const h = propsOf(b, 'aws.securityhub.hub', 'aws_securityhub_account.h');
  assert.equal(h.enabled.value, true);
  assert.equal(h.enabledStandards.value?.length, 3);
  assert.ok(h.enabledStandards.value?.some((s) => s.includes('eu-west-1::standards/aws-foundational')));
  assert.equal(propsOf(b, 'aws.logs.log-group', 'aws_cloudwatch_log_group.never').retentionDays.value, null);
  const w = propsOf(b, 'aws.logs.log-group', 'aws_cloudwatch_log_group.week');
  assert.equal(w.retentionDays.value, 7);
  assert.equal(w.kmsKeyId.value, 'arn:aws:kms:x');
});
