import { defineRule } from '../../kit/index.js';
import { judgeContainers } from '../../kit/aws-ecs-containers.js';

export default defineRule({
  id: 'aws-ecs-task-definition-writable-root-fs',
  title: 'ECS container has a writable root file system',
  severity: 'low',
  provider: 'aws',
  service: 'ecs',
  resourceType: 'aws.ecs.task-definition',
  description: 'Containers of an ECS task definition should set `readonlyRootFilesystem`, writing only to declared volumes.',
  risk: 'A writable root file system lets an attacker who gets code execution drop tools, alter binaries and persist inside the running container.',
  remediation: {
    cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json   # with "readonlyRootFilesystem": true in every container definition',
    terraform: `container_definitions = jsonencode([{
  name                   = "app"
  image                  = "public.ecr.aws/acme/app:1.4.2"
  readonlyRootFilesystem = true
}])`,
    cloudformation: `ContainerDefinitions:
  - Name: app
    ReadonlyRootFilesystem: true`,
    console: 'ECS > Task definitions > the family > Create new revision > the container > Storage: tick Read only root file system; mount volumes for the paths the app writes.',
  },
  references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_storage', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-5'],
  evaluate(td) {
    return judgeContainers(td, 'readonlyRootFilesystem', (c) => c.readonlyRootFilesystem, (ro) => (ro ? true : 'can write to its root file system'), 'every container has a read-only root file system');
  },
});
