import { defineExamples } from '../../kit/index.js';

const tf = (mode: string, head = '') => `${head}resource "aws_ecs_task_definition" "app" {
  family       = "app"
  network_mode = ${mode}
  container_definitions = jsonencode([{ name = "app", image = "public.ecr.aws/acme/app:1.4.2" }])
}`;

const cfn = (mode: string) => `Resources:
  App:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: app
      NetworkMode: ${mode}
      ContainerDefinitions:
        - Name: app
          Image: public.ecr.aws/acme/app:1.4.2
`;

export default defineExamples({
  terraform: {
    good: [tf('"awsvpc"'), tf('"bridge"')],
    bad: [tf('"host"')],
    unknown: [tf('var.mode', 'variable "mode" {\n  type = string\n}\n')],
  },
  cloudformation: {
    good: [cfn('awsvpc')],
    bad: [cfn('host')],
  },
});
