import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-elb-connection-draining',
  title: 'Classic load balancer does not drain connections',
  severity: 'low',
  provider: 'aws',
  service: 'elb',
  resourceType: 'aws.elb.load-balancer',
  description: 'Connection draining should be on for classic load balancers, so in-flight requests to an instance that is deregistered or fails its health check complete before the instance is taken out.',
  risk: 'Without draining, every deployment, scale-in or instance replacement cuts open connections: clients get errors and half-finished transactions.',
  remediation: {
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name LB_NAME --load-balancer-attributes "{\\"ConnectionDraining\\":{\\"Enabled\\":true,\\"Timeout\\":300}}"',
    terraform: `resource "aws_elb" "web" {
  connection_draining         = true
  connection_draining_timeout = 300
}`,
    cloudformation: `ConnectionDrainingPolicy:
  Enabled: true
  Timeout: 300`,
    console: 'EC2 > Load Balancers > the classic load balancer > Attributes > Edit: enable connection draining with a timeout.',
  },
  references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-conn-drain.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-7'],
  evaluate(lb) {
    return check('connectionDraining', lb.properties.connectionDraining, (v) => v, { pass: 'connection draining is on', fail: 'connection draining is off' });
  },
});
