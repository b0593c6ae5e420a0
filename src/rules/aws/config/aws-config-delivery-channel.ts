import { isKnown } from '../../../model/core/index.js';
import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-config-delivery-channel',
  title: 'AWS Config recorder has no delivery channel',
  severity: 'medium',
  provider: 'aws',
  service: 'config',
  resourceType: 'aws.config.recorder',
  description:
    'A region with a configuration recorder should have a delivery channel to an S3 bucket: without one the recorder cannot start, and no configuration history or snapshot is kept. Regions with no recorder are judged by aws-config-recorder-enabled.',
  risk: 'Configuration history is what answers "what did this security group look like last Tuesday" in an incident or an audit; a recorder without a channel records nothing durable.',
  remediation: {
    cli: 'aws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=CONFIG_BUCKET,configSnapshotDeliveryProperties={deliveryFrequency=TwentyFour_Hours}',
    terraform: `resource "aws_config_delivery_channel" "this" {
  name           = "default"
  s3_bucket_name = aws_s3_bucket.config.bucket
  depends_on     = [aws_config_configuration_recorder.this]
}`,
    cloudformation: `Type: AWS::Config::DeliveryChannel
Properties:
  S3BucketName: !Ref ConfigBucket
  ConfigSnapshotDeliveryProperties:
    DeliveryFrequency: TwentyFour_Hours`,
    console: 'AWS Config > Settings > Edit > Delivery method: choose (or create) the S3 bucket, ideally in the log-archive account.',
  },
  references: ['https://docs.aws.amazon.com/config/latest/developerguide/manage-delivery-channel.html'],
  evaluate(recorder) {
    if (isKnown(recorder.properties.exists) && !recorder.properties.exists.value) return undefined;
    return check('deliveryBucket', recorder.properties.deliveryBucket, (b) => b !== null, {
      pass: `the recorder delivers to ${recorder.properties.deliveryBucket.value ?? ''}`,
      fail: 'there is no delivery channel: configuration history is not delivered anywhere',
    });
  },
});
