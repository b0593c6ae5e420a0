import { defineExamples } from '../../kit/index.js';

const tf = (publicIp: string, head = '') => `${head}resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = "arn:aws:ecs:eu-west-1:111122223333:cluster/main"
  task_definition = "api:3"
  launch_type     = "FARGATE"
  desired_count   = 2
  network_configuration {
    subnets          = ["subnet-0a1b2c3d"]
    assign_public_ip = ${publicIp}
  }
}`;

const cfn = (publicIp: string) => `Resources:
  Api:
    Type: AWS::ECS::Service
    Properties:
      Cluster: main
      TaskDefinition: api:3
      LaunchType: FARGATE
      NetworkConfiguration:
        AwsvpcConfiguration:
          AssignPublicIp: ${publicIp}
          Subnets: [subnet-0a1b2c3d]
`;

export default defineExamples({
  terraform: {
    good: [tf('false')],
    bad: [tf('true')],
    unknown: [tf('var.public', 'variable "public" {\n  type = bool\n}\n')],
  },
  cloudformation: {
    good: [cfn('DISABLED')],
    bad: [cfn('ENABLED')],
  },
});
