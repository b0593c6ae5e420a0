import { defineExamples } from '../../kit/index.js';

const recorder = `resource "aws_config_configuration_recorder" "main" {
  name     = "default"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"
}
`;

const cfnRecorder = `Resources:
  Recorder:
    Type: AWS::Config::ConfigurationRecorder
    Properties:
      RoleARN: arn:aws:iam::111122223333:role/aws-config
`;

export default defineExamples({
  terraform: {
    good: [`${recorder}
resource "aws_config_delivery_channel" "main" {
  name           = "default"
  s3_bucket_name = "acme-config-history"
  depends_on     = [aws_config_configuration_recorder.main]
}`],
    bad: [recorder],
    unknown: [`variable "bucket" {}
${recorder}
resource "aws_config_delivery_channel" "main" {
  name           = "default"
  s3_bucket_name = var.bucket
}`],
  },
  cloudformation: {
    good: [`${cfnRecorder}  DeliveryChannel:
    Type: AWS::Config::DeliveryChannel
    Properties:
      S3BucketName: acme-config-history
`],
    bad: [cfnRecorder],
  },
});
