import { isKnown } from '../../../model/core/index.js';
import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-elbv2-access-logs',
  title: 'Load balancer access logging is disabled',
  severity: 'medium',
  provider: 'aws',
  service: 'elbv2',
  resourceType: 'aws.elbv2.load-balancer',
  description: 'Application and Network Load Balancers should write access logs to S3. Gateway Load Balancers have no access logs and are not judged.',
  risk: 'Without access logs there is no record of who sent which requests, so attacks and abuse through the load balancer cannot be investigated.',
  remediation: {
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=LOG_BUCKET',
    terraform: `resource "aws_lb" "this" {
  # ...
  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    enabled = true
  }
}`,
    cloudformation: `Type: AWS::ElasticLoadBalancingV2::LoadBalancer
Properties:
  LoadBalancerAttributes:
    - Key: access_logs.s3.enabled
      Value: "true"
    - Key: access_logs.s3.bucket
      Value: !Ref LogBucket`,
    console: 'EC2 > Load Balancers > the load balancer > Attributes > Edit > Monitoring: Access logs on, choose the S3 bucket.',
  },
  references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-5'],
  evaluate(lb) {
    if (isKnown(lb.properties.lbType) && lb.properties.lbType.value === 'gateway') return undefined;
    return check('accessLogsEnabled', lb.properties.accessLogsEnabled, (v) => v, { pass: 'access logs are written', fail: 'access logs are disabled' });
  },
});
