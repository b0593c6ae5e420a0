import { defineRule } from '../../kit/index.js';
import { judgeContainers } from '../../kit/aws-ecs-containers.js';
import { literalSecrets } from '../../kit/aws-env-secrets.js';

export default defineRule({
  id: 'aws-ecs-task-definition-env-secrets',
  title: 'ECS container holds secrets in plain environment variables',
  severity: 'high',
  provider: 'aws',
  service: 'ecs',
  resourceType: 'aws.ecs.task-definition',
  description: 'Container environment variables of an ECS task definition should not hold literal credentials. Pass them through `secrets` (Secrets Manager or Parameter Store references) so only the reference is stored in the task definition.',
  risk: 'Task definitions are readable by anyone with ecs:DescribeTaskDefinition, are kept for every revision forever, and end up in IaC state and source control: a literal password there is a leaked password.',
  remediation: {
    cli: 'aws secretsmanager create-secret --name app/db --secret-string "$PASSWORD"   # then register a revision with "secrets": [{"name": "DB_PASSWORD", "valueFrom": "<secret ARN>"}]',
    terraform: `container_definitions = jsonencode([{
  name    = "app"
  image   = "public.ecr.aws/acme/app:1.4.2"
  secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]
}])`,
    cloudformation: `ContainerDefinitions:
  - Name: app
    Secrets:
      - Name: DB_PASSWORD
        ValueFrom: !Ref DbSecret`,
    console: 'ECS > Task definitions > the family > Create new revision > the container > Environment variables: change each secret to ValueFrom a Secrets Manager secret; rotate the exposed credentials and deregister the old revisions.',
  },
  references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8'],
  evaluate(td) {
    return judgeContainers(
      td,
      'environment',
      (c) => c.environment,
      (env) => {
        const found = literalSecrets(env).map(([k]) => k);
        return found.length === 0 ? true : `environment variable${found.length > 1 ? 's' : ''} ${found.join(', ')} hold${found.length > 1 ? '' : 's'} what looks like a literal secret`;
      },
      'no container environment variable holds a literal secret',
      true,
    );
  },
});
