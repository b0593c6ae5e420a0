import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-elbv2-deletion-protection',
  title: 'Load balancer does not have deletion protection',
  severity: 'low',
  provider: 'aws',
  service: 'elbv2',
  resourceType: 'aws.elbv2.load-balancer',
  description: 'Load balancers serving production traffic should have deletion protection enabled.',
  risk: 'Deleting a load balancer takes the service off line at once and releases its DNS name and addresses, which a new load balancer does not get back.',
  remediation: {
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=deletion_protection.enabled,Value=true',
    terraform: `resource "aws_lb" "this" {
  # ...
  enable_deletion_protection = true
}`,
    cloudformation: `Type: AWS::ElasticLoadBalancingV2::LoadBalancer
Properties:
  LoadBalancerAttributes:
    - Key: deletion_protection.enabled
      Value: "true"`,
    console: 'EC2 > Load Balancers > the load balancer > Attributes > Edit > Deletion protection: on.',
  },
  references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection', 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-6'],
  evaluate(lb) {
    return check('deletionProtection', lb.properties.deletionProtection, (v) => v, { pass: 'deletion protection is on', fail: 'deletion protection is off' });
  },
});
