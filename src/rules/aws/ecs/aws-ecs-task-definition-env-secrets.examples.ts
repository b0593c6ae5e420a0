import { defineExamples } from '../../kit/index.js';
import { ecsTaskCfn, ecsTaskTf } from '../../kit/aws-ecs-examples.js';

// A literal JSON string (heredoc) is parsed too, each value placed on its own line.
const heredoc = `resource "aws_ecs_task_definition" "app" {
  family                = "app"
  container_definitions = <<-EOT
    [
      {
        "name": "app",
        "image": "public.ecr.aws/acme/app:1.4.2",
        "environment": [
          { "name": "LOG_LEVEL", "value": "info" },
          { "name": "DB_PASSWORD", "value": "correct-horse-battery" }
        ]
      }
    ]
  EOT
}`;

export default defineExamples({
  terraform: {
    good: [
      ecsTaskTf(`    environment = [{ name = "LOG_LEVEL", value = "info" }]
    secrets     = [{ name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/db-AbCdEf" }]`),
    ],
    bad: [ecsTaskTf('    environment = [{ name = "STRIPE_API_KEY", value = "sk_live_0000000000000000" }]'), heredoc],
    unknown: [ecsTaskTf('    environment = [{ name = "DB_PASSWORD", value = var.pw }]', '', 'variable "pw" {\n  type = string\n}\n')],
  },
  cloudformation: {
    good: [
      ecsTaskCfn(`          Environment:
            - { Name: LOG_LEVEL, Value: info }
          Secrets:
            - { Name: DB_PASSWORD, ValueFrom: arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/db-AbCdEf }`),
    ],
    bad: [
      ecsTaskCfn(`          Environment:
            - Name: AWS_SECRET_ACCESS_KEY
              Value: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`),
    ],
  },
});
