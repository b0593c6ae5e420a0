import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ecs-task-definition-host-network',
  title: 'ECS task definition uses the host network mode',
  severity: 'medium',
  provider: 'aws',
  service: 'ecs',
  resourceType: 'aws.ecs.task-definition',
  description: 'ECS task definitions should use the `awsvpc` (or `bridge`) network mode rather than `host`, which shares the container instance\'s network stack with the task.',
  risk: 'In host mode a container sees every interface of the instance, can bind any port, reach services listening on localhost and, without IMDS hop limits, the instance role\'s credentials; security groups cannot be set per task.',
  remediation: {
    cli: 'aws ecs register-task-definition --family FAMILY --network-mode awsvpc --container-definitions file://containers.json',
    terraform: `resource "aws_ecs_task_definition" "app" {
  network_mode = "awsvpc"
  # ...
}`,
    cloudformation: `TaskDefinition:
  Type: AWS::ECS::TaskDefinition
  Properties:
    NetworkMode: awsvpc`,
    console: 'ECS > Task definitions > the family > Create new revision > Network mode: awsvpc; then update the services.',
  },
  references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-1'],
  evaluate(td) {
    return check('networkMode', td.properties.networkMode, (m) => m !== 'host', {
      pass: 'The task definition does not share the host network',
      fail: 'The task definition uses the host network mode',
    });
  },
});
