import { defineExamples } from '../../kit/index.js';
import { ecsTaskCfn, ecsTaskTf } from '../../kit/aws-ecs-examples.js';

export default defineExamples({
  terraform: {
    good: [
      ecsTaskTf(`    logConfiguration = {
      logDriver = "awslogs"
      options   = { "awslogs-group" = "/ecs/app", "awslogs-region" = "eu-west-1", "awslogs-stream-prefix" = "app" }
    }`),
    ],
    bad: [ecsTaskTf('')],
    unknown: [ecsTaskTf('    logConfiguration = { logDriver = var.driver }', '', 'variable "driver" {\n  type = string\n}\n')],
  },
  cloudformation: {
    good: [
      ecsTaskCfn(`          LogConfiguration:
            LogDriver: awslogs
            Options: { awslogs-group: /ecs/app, awslogs-region: eu-west-1, awslogs-stream-prefix: app }`),
    ],
    bad: [ecsTaskCfn('')],
  },
});
