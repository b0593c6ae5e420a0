import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

/** Remote-administration, database and cluster-control ports that should never be published to the internet. */
export const ADMIN_PORTS: Readonly<Record<number, string>> = {
  22: 'SSH', 23: 'Telnet', 3389: 'RDP', 5985: 'WinRM', 5986: 'WinRM', 5900: 'VNC', 3306: 'MySQL', 5432: 'PostgreSQL', 1433: 'SQL Server',
  1521: 'Oracle', 6379: 'Redis', 11211: 'Memcached', 27017: 'MongoDB', 9200: 'Elasticsearch', 2375: 'Docker API', 2376: 'Docker API',
  6443: 'Kubernetes API', 10250: 'kubelet', 2379: 'etcd', 9090: 'Prometheus', 8500: 'Consul',
};

export default defineRule({
  id: 'aws-elbv2-internet-facing-admin-port',
  title: 'Internet-facing load balancer listens on an administration or database port',
  severity: 'high',
  provider: 'aws',
  service: 'elbv2',
  resourceType: 'aws.elbv2.listener',
  description: 'Listeners of internet-facing load balancers should not publish remote-administration, database or cluster-control ports (SSH, RDP, MySQL, PostgreSQL, Redis, the Kubernetes API, ...).',
  risk: 'The load balancer forwards the internet straight to a management or data service: brute-forcing, protocol exploits and data theft no longer need any foothold in the VPC.',
  remediation: {
    cli: 'aws elbv2 delete-listener --listener-arn LISTENER_ARN',
    terraform: `resource "aws_lb" "admin" {
  internal = true # publish administration ports only on internal load balancers reached over VPN or Session Manager
}`,
    cloudformation: `AdminLb:
  Type: AWS::ElasticLoadBalancingV2::LoadBalancer
  Properties:
    Scheme: internal`,
    console: 'EC2 > Load Balancers > the load balancer > Listeners: delete the listener on the administration port; reach the service through an internal load balancer, a VPN or Session Manager.',
  },
  references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html', 'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-listeners.html'],
  evaluate(listener, ctx) {
    const { loadBalancerId, port } = listener.properties;
    if (!isKnown(loadBalancerId)) return unknown('the load balancer of the listener could not be determined', evidence('loadBalancerId', loadBalancerId));
    const lb = ctx.get(loadBalancerId.value);
    if (lb === undefined || lb.type !== 'aws.elbv2.load-balancer') return unknown(`load balancer ${loadBalancerId.value} is not in the inventory`, evidence('loadBalancerId', loadBalancerId));
    const scheme = (lb.properties as { scheme: typeof loadBalancerId }).scheme;
    if (!isKnown(scheme)) return unknown('the load balancer scheme could not be determined', evidence('loadBalancer.scheme', scheme));
    if (scheme.value !== 'internet-facing') return undefined;
    if (!isKnown(port)) return unknown('the listener port could not be determined', evidence('port', port));
    const service = ADMIN_PORTS[port.value];
    return service
      ? fail(`internet-facing load balancer ${lb.name} publishes ${service} (port ${port.value})`, evidence('port', port), evidence('loadBalancer.scheme', scheme))
      : pass(`port ${port.value} is not an administration or database port`, evidence('port', port));
  },
});
