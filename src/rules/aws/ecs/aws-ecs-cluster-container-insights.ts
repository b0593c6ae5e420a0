import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ecs-cluster-container-insights',
  title: 'ECS cluster does not have Container Insights enabled',
  severity: 'low',
  provider: 'aws',
  service: 'ecs',
  resourceType: 'aws.ecs.cluster',
  description: 'ECS clusters should turn on CloudWatch Container Insights (the `containerInsights` setting `enabled` or `enhanced`) to collect per-task and per-container metrics and events.',
  risk: 'Without task-level metrics and lifecycle events, resource exhaustion, crash loops and unexpected tasks (crypto-miners) go unnoticed.',
  remediation: {
    cli: 'aws ecs update-cluster-settings --cluster CLUSTER --settings name=containerInsights,value=enabled',
    terraform: `resource "aws_ecs_cluster" "main" {
  name = "main"
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}`,
    cloudformation: `Cluster:
  Type: AWS::ECS::Cluster
  Properties:
    ClusterSettings:
      - Name: containerInsights
        Value: enabled`,
    console: 'ECS > Clusters > the cluster > Update cluster > Monitoring: turn on Container Insights.',
  },
  references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-12'],
  evaluate(cluster) {
    return check('containerInsights', cluster.properties.containerInsights, (s) => s === 'enabled' || s === 'enhanced', {
      pass: 'Container Insights is enabled',
      fail: 'Container Insights is not enabled',
    });
  },
});
