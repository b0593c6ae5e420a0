import { defineRule } from '../../kit/index.js';
import { judgeContainers } from '../../kit/aws-ecs-containers.js';

/** `root`, `0`, `root:x`, `0:x`: the user part names the superuser. */
function isRoot(user: string): boolean {
  const name = user.split(':')[0]!.trim();
  return name === '' || name === 'root' || name === '0';
}

export default defineRule({
  id: 'aws-ecs-task-definition-root-user',
  title: 'ECS container runs as root',
  severity: 'medium',
  provider: 'aws',
  service: 'ecs',
  resourceType: 'aws.ecs.task-definition',
  description: 'Each container of an ECS task definition should name a non-root `user`. Without one the container runs as the image\'s user, which for most images is root.',
  risk: 'Root inside the container turns an application bug into full control of the container\'s file system and makes kernel and mount escapes to the host far easier.',
  remediation: {
    cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json   # with "user": "1000:1000" in every container definition',
    terraform: `container_definitions = jsonencode([{
  name  = "app"
  image = "public.ecr.aws/acme/app:1.4.2"
  user  = "1000:1000"
}])`,
    cloudformation: `ContainerDefinitions:
  - Name: app
    Image: public.ecr.aws/acme/app:1.4.2
    User: "1000:1000"`,
    console: 'ECS > Task definitions > the family > Create new revision > the container > Docker configuration: set User to a non-root uid (and build the image to run as it).',
  },
  references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security', 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-tasks-containers.html'],
  evaluate(td) {
    return judgeContainers(td, 'user', (c) => c.user, (u) => (u === null ? 'sets no user, so it runs as the image user (usually root)' : isRoot(u) ? `runs as ${u}` : true), 'every container runs as a non-root user');
  },
});
