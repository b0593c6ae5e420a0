import { defineExamples, modelFixture, v } from '../../kit/index.js';

const recorder = `resource "aws_config_configuration_recorder" "main" {
  name     = "default"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"
  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}
resource "aws_config_delivery_channel" "main" {
  name           = "default"
  s3_bucket_name = "acme-config-history"
  depends_on     = [aws_config_configuration_recorder.main]
}`;

export default defineExamples({
  terraform: {
    good: [
      `${recorder}
resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.main]
}`,
    ],
    bad: [
      `${recorder}
resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = false
  depends_on = [aws_config_delivery_channel.main]
}`,
    ],
    unknown: [
      `variable "recording" {
  type = bool
}
${recorder}
resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = var.recording
  depends_on = [aws_config_delivery_channel.main]
}`,
    ],
  },
  cloudformation: {
    // CloudFormation starts a recorder once its delivery channel exists; there is no way to declare it stopped.
    good: [
      `Resources:
  Recorder:
    Type: AWS::Config::ConfigurationRecorder
    Properties:
      RoleARN: arn:aws:iam::111122223333:role/aws-config
      RecordingGroup:
        AllSupported: true
        IncludeGlobalResourceTypes: true
  DeliveryChannel:
    Type: AWS::Config::DeliveryChannel
    Properties:
      S3BucketName: acme-config-history
`,
    ],
    bad: [],
  },
  model: {
    good: [
      modelFixture('aws.config.recorder', 'default', {
        exists: v(true), recording: v(true), allSupported: v(true), includeGlobalResourceTypes: v(true), lastStatus: v('SUCCESS'), deliveryBucket: v('acme-config-history'), ruleCount: v(12),
      }, { account: '111122223333', region: 'eu-west-1' }),
    ],
    // A region with no recorder, as the live collector reports it.
    bad: [
      modelFixture('aws.config.recorder', 'eu-south-2', {
        exists: v(false), recording: v(false), allSupported: v(false), includeGlobalResourceTypes: v(false), lastStatus: v(null), deliveryBucket: v(null), ruleCount: v(0),
      }, { account: '111122223333', region: 'eu-south-2' }),
    ],
  },
});
