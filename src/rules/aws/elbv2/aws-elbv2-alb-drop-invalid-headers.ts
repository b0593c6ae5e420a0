import { isKnown } from '../../../model/core/index.js';
import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-elbv2-alb-drop-invalid-headers',
  title: 'Application Load Balancer does not drop invalid HTTP headers',
  severity: 'medium',
  provider: 'aws',
  service: 'elbv2',
  resourceType: 'aws.elbv2.load-balancer',
  description: 'Application Load Balancers should drop HTTP headers whose names are not valid, instead of passing them to targets.',
  risk: 'Malformed headers are a common ingredient of HTTP request smuggling and desynchronisation attacks between the load balancer and the back end.',
  remediation: {
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
    terraform: `resource "aws_lb" "this" {
  # ...
  drop_invalid_header_fields = true
}`,
    cloudformation: `Type: AWS::ElasticLoadBalancingV2::LoadBalancer
Properties:
  LoadBalancerAttributes:
    - Key: routing.http.drop_invalid_header_fields.enabled
      Value: "true"`,
    console: 'EC2 > Load Balancers > the ALB > Attributes > Edit > Drop invalid header fields: on.',
  },
  references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes', 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-4'],
  evaluate(lb) {
    const { lbType } = lb.properties;
    if (isKnown(lbType) && lbType.value !== 'application') return undefined;
    if (!isKnown(lbType)) return check('lbType', lbType, () => true, { pass: '', fail: '' });
    return check('dropInvalidHeaderFields', lb.properties.dropInvalidHeaderFields, (v) => v, { pass: 'invalid headers are dropped', fail: 'invalid headers are passed to targets' });
  },
});
