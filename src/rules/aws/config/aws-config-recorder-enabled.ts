import { all, check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-config-recorder-enabled',
  title: 'AWS Config is not recording in this region',
  severity: 'medium',
  provider: 'aws',
  service: 'config',
  resourceType: 'aws.config.recorder',
  description:
    'Each region should have an AWS Config configuration recorder that exists and is recording. Live scans judge every region (one with no recorder fails); IaC scans judge the recorders they declare.',
  risk: 'Without Config there is no history of how resources were configured, so drift, unauthorised changes and the state of a resource at the time of an incident cannot be reconstructed.',
  remediation: {
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=ROLE_ARN --recording-group allSupported=true,includeGlobalResourceTypes=true && aws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=BUCKET && aws configservice start-configuration-recorder --configuration-recorder-name default',
    terraform: `resource "aws_config_configuration_recorder_status" "this" {
  name       = aws_config_configuration_recorder.this.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.this]
}`,
    cloudformation: `Recorder:
  Type: AWS::Config::ConfigurationRecorder
  Properties:
    RoleARN: !GetAtt ConfigRole.Arn
DeliveryChannel:
  Type: AWS::Config::DeliveryChannel
  Properties:
    S3BucketName: !Ref ConfigBucket`,
    console: 'AWS Config > Settings (or Get started) in each region > Recording is on > choose resource types and a delivery bucket > Confirm.',
  },
  references: [
    'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/config-controls.html#config-1',
  ],
  evaluate(recorder) {
    const p = recorder.properties;
    return all(
      [
        check('exists', p.exists, (b) => b, { pass: '', fail: 'No configuration recorder exists in this region' }),
        check('recording', p.recording, (b) => b, { pass: '', fail: 'The configuration recorder is not recording' }),
      ],
      'AWS Config is recording',
    );
  },
});
