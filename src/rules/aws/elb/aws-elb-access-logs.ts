import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-elb-access-logs',
  title: 'Classic load balancer access logging is disabled',
  severity: 'medium',
  provider: 'aws',
  service: 'elb',
  resourceType: 'aws.elb.load-balancer',
  description: 'A classic load balancer should write access logs to S3, recording each request with its client address, latency and response codes.',
  risk: 'Without access logs, attacks through the load balancer (scanning, credential stuffing, exploitation attempts) leave no trace to investigate or alert on.',
  remediation: {
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name LB_NAME --load-balancer-attributes "{\\"AccessLog\\":{\\"Enabled\\":true,\\"S3BucketName\\":\\"LOG_BUCKET\\",\\"EmitInterval\\":60}}"',
    terraform: `resource "aws_elb" "web" {
  access_logs {
    bucket   = aws_s3_bucket.elb_logs.id
    interval = 60
    enabled  = true
  }
}`,
    cloudformation: `AccessLoggingPolicy:
  Enabled: true
  S3BucketName: !Ref LogBucket
  EmitInterval: 60`,
    console: 'EC2 > Load Balancers > the classic load balancer > Attributes > Edit: enable access logs and choose the S3 bucket.',
  },
  references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-5'],
  evaluate(lb) {
    return check('accessLogsEnabled', lb.properties.accessLogsEnabled, (v) => v, { pass: 'access logs are written to S3', fail: 'access logs are disabled' });
  },
});
