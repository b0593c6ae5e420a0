import { check, defineRule } from '../../kit/index.js';

const REQUIRED = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

export default defineRule({
  id: 'aws-eks-cluster-logging',
  title: 'EKS cluster control plane logging is incomplete',
  severity: 'medium',
  provider: 'aws',
  service: 'eks',
  resourceType: 'aws.eks.cluster',
  description: `EKS clusters should send all five control plane log types to CloudWatch Logs: ${REQUIRED.join(', ')}.`,
  risk: 'Without audit and authenticator logs there is no record of who did what through the Kubernetes API, so a compromise cannot be detected or reconstructed.',
  remediation: {
    cli: `aws eks update-cluster-config --name CLUSTER --logging '{"clusterLogging":[{"types":["api","audit","authenticator","controllerManager","scheduler"],"enabled":true}]}'`,
    terraform: `resource "aws_eks_cluster" "this" {
  # ...
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
}`,
    cloudformation: `Type: AWS::EKS::Cluster
Properties:
  Logging:
    ClusterLogging:
      EnabledTypes:
        - Type: api
        - Type: audit
        - Type: authenticator
        - Type: controllerManager
        - Type: scheduler`,
    console: 'EKS > Clusters > the cluster > Observability > Control plane logging > Manage logging: turn on all five log types.',
  },
  references: ['https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-8'],
  evaluate(cluster) {
    const types = cluster.properties.enabledLogTypes;
    const missing = (v: readonly string[]) => REQUIRED.filter((t) => !v.some((x) => x.toLowerCase() === t.toLowerCase()));
    return check('enabledLogTypes', types, (v) => missing(v).length === 0, {
      pass: 'all control plane log types are enabled',
      fail: `control plane log types not enabled: ${types.value ? missing(types.value).join(', ') : ''}`,
    });
  },
});
