import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-elb-cross-zone',
  title: 'Classic load balancer does not balance across zones',
  severity: 'low',
  provider: 'aws',
  service: 'elb',
  resourceType: 'aws.elb.load-balancer',
  description: 'Cross-zone load balancing should be on for classic load balancers, so each node spreads traffic over the registered instances of every Availability Zone.',
  risk: 'Without it, a zone with fewer healthy instances takes the same share of traffic as the others; an instance or zone failure overloads what remains there and degrades or takes down the service.',
  remediation: {
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name LB_NAME --load-balancer-attributes "{\\"CrossZoneLoadBalancing\\":{\\"Enabled\\":true}}"',
    terraform: `resource "aws_elb" "web" {
  cross_zone_load_balancing = true
}`,
    cloudformation: `Type: AWS::ElasticLoadBalancing::LoadBalancer
Properties:
  CrossZone: true`,
    console: 'EC2 > Load Balancers > the classic load balancer > Attributes > Edit: enable cross-zone load balancing.',
  },
  references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-9'],
  evaluate(lb) {
    return check('crossZoneLoadBalancing', lb.properties.crossZoneLoadBalancing, (v) => v, { pass: 'cross-zone load balancing is on', fail: 'cross-zone load balancing is off' });
  },
});
