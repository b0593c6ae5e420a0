import { defineRule } from '../../kit/index.js';
import { judgeContainers } from '../../kit/aws-ecs-containers.js';

export default defineRule({
  id: 'aws-ecs-task-definition-no-logging',
  title: 'ECS container has no log configuration',
  severity: 'medium',
  provider: 'aws',
  service: 'ecs',
  resourceType: 'aws.ecs.task-definition',
  description: 'Every container of an ECS task definition should declare a `logConfiguration` (awslogs, FireLens or another driver) so its output leaves the task.',
  risk: 'Without a log driver, container output stays on the (ephemeral) task and is lost with it: incidents cannot be investigated and attacks leave no trace.',
  remediation: {
    cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json   # with a "logConfiguration" using the awslogs driver in every container',
    terraform: `container_definitions = jsonencode([{
  name  = "app"
  image = "public.ecr.aws/acme/app:1.4.2"
  logConfiguration = {
    logDriver = "awslogs"
    options   = { awslogs-group = "/ecs/app", awslogs-region = "eu-west-1", awslogs-stream-prefix = "app" }
  }
}])`,
    cloudformation: `ContainerDefinitions:
  - Name: app
    LogConfiguration:
      LogDriver: awslogs
      Options: { awslogs-group: /ecs/app, awslogs-region: !Ref AWS::Region, awslogs-stream-prefix: app }`,
    console: 'ECS > Task definitions > the family > Create new revision > the container > Logging: turn on log collection to CloudWatch (or FireLens).',
  },
  references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-9'],
  evaluate(td) {
    return judgeContainers(td, 'logDriver', (c) => c.logDriver, (d) => (d === null ? 'has no log configuration' : true), 'every container sends its logs through a log driver');
  },
});
