import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pick, scan, view } from '../test-support.js';

test('CloudTrail: defaults, required IsLogging, data events from basic and advanced selectors', () => {
  const { resources } = scan(`Resources:
  Bare:
    Type: AWS::CloudTrail::Trail
    Properties: {S3BucketName: logs}
  Full:
    Type: AWS::CloudTrail::Trail
    Properties:
      TrailName: org
      IsLogging: true
      IsMultiRegionTrail: true
      EnableLogFileValidation: true
      KMSKeyId: !Ref Key
      S3BucketName: !Ref Bucket
      EventSelectors:
        - ReadWriteType: WriteOnly
          DataResources: [{Type: AWS::S3::Object, Values: ["arn:aws:s3"]}]
  Adv:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: false
      S3BucketName: logs
      AdvancedEventSelectors:
        - FieldSelectors:
            - {Field: eventCategory, Equals: [Data]}
            - {Field: resources.type, Equals: [AWS::S3::Object]}
            - {Field: readOnly, Equals: ["true"]}
  Key: {Type: AWS::KMS::Key}
  Bucket: {Type: AWS::S3::Bucket}
`);
  const bare = pick(resources, 'Bare', 'aws.cloudtrail.trail').properties;
  assert.equal(bare.isLogging.kind, 'unresolvable');
  assert.deepEqual(view(bare.isMultiRegion), { kind: 'default', value: false, lines: '2-4' });
  assert.equal(bare.logFileValidation.value, false);
  assert.equal(bare.kmsKeyId.value, null);
  assert.equal(bare.s3DataEventsRead.value, false);
  const full = pick(resources, 'Full', 'aws.cloudtrail.trail');
  assert.equal(full.name, 'org');
  assert.deepEqual(view(full.properties.isLogging), { kind: 'explicit', value: true, lines: '9-9' });
  assert.equal(full.properties.kmsKeyId.value, 'template.yaml#Key');
  assert.equal(full.properties.s3BucketName.value, 'template.yaml#Bucket');
  assert.equal(full.properties.s3DataEventsRead.value, false);
  assert.equal(full.properties.s3DataEventsWrite.value, true);
  const adv = pick(resources, 'Adv', 'aws.cloudtrail.trail').properties;
  assert.equal(adv.s3DataEventsRead.value, true);
  assert.equal(adv.s3DataEventsWrite.value, false);
  assert.equal(adv.isLogging.value, false);
});

test('Config recorder is recording (CloudFormation starts it); GuardDuty, Security Hub, log groups', () => {
  const { resources } = scan(`Resources:
  Rec:
    Type: AWS::Config::ConfigurationRecorder
    Properties:
      RoleARN: arn:aws:iam::111122223333:role/config
      RecordingGroup: {AllSupported: true, IncludeGlobalResourceTypes: true}
  Det:
    Type: AWS::GuardDuty::Detector
    Properties: {Enable: false}
  Hub:
    Type: AWS::SecurityHub::Hub
  Cis:
    Type: AWS::SecurityHub::Standard
    Properties: {StandardsArn: arn:aws:securityhub:eu-west-1::standards/cis-aws-foundations-benchmark/v/1.4.0}
  Lg:
    Type: AWS::Logs::LogGroup
    Properties: {LogGroupName: app, RetentionInDays: 30}
  Forever:
    Type: AWS::Logs::LogGroup
`);
  const rec = pick(resources, 'Rec', 'aws.config.recorder').properties;
  assert.equal(rec.recording.kind, 'default');
  assert.equal(rec.recording.value, true);
  assert.match(rec.recording.reason ?? '', /starts/);
  assert.equal(rec.includeGlobalResourceTypes.value, true);
  assert.equal(rec.exists.value, true);
  assert.deepEqual(view(pick(resources, 'Det', 'aws.guardduty.detector').properties.enabled), { kind: 'explicit', value: false, lines: '9-9' });
  const hub = pick(resources, 'Hub', 'aws.securityhub.hub').properties;
  assert.equal(hub.enabled.value, true);
  assert.equal(hub.enabledStandards.value?.length, 3);
  assert.equal(pick(resources, 'Lg', 'aws.logs.log-group').properties.retentionDays.value, 30);
  assert.equal(pick(resources, 'Lg', 'aws.logs.log-group').name, 'app');
  assert.equal(pick(resources, 'Forever', 'aws.logs.log-group').properties.retentionDays.value, null);
});
