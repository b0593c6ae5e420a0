import { defineRule } from '../../kit/index.js';
import { judgeContainers } from '../../kit/aws-ecs-containers.js';

export default defineRule({
  id: 'aws-ecs-task-definition-privileged',
  title: 'ECS task definition runs a privileged container',
  severity: 'high',
  provider: 'aws',
  service: 'ecs',
  resourceType: 'aws.ecs.task-definition',
  description: 'No container of an ECS task definition should run with `privileged` on: it gives the container root access to the host\'s devices and kernel interfaces.',
  risk: 'A compromised privileged container escapes to the container instance and from there reaches every other task on it and the instance role\'s credentials.',
  remediation: {
    cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json   # with "privileged": false in every container definition',
    terraform: `container_definitions = jsonencode([{
  name       = "app"
  image      = "public.ecr.aws/acme/app:1.4.2"
  privileged = false
}])`,
    cloudformation: `ContainerDefinitions:
  - Name: app
    Image: public.ecr.aws/acme/app:1.4.2
    Privileged: false`,
    console: 'ECS > Task definitions > the family > Create new revision > the container > Security: clear Privileged; then update the services to the new revision.',
  },
  references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-4'],
  evaluate(td) {
    return judgeContainers(td, 'privileged', (c) => c.privileged, (p) => (p ? 'runs privileged' : true), 'no container runs privileged');
  },
});
