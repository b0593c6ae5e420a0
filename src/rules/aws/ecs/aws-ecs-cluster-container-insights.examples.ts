import { defineExamples } from '../../kit/index.js';

const tf = (setting: string, head = '') => `${head}resource "aws_ecs_cluster" "main" {
  name = "main"
${setting}
}`;

const cfn = (props: string) => `Resources:
  Main:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterName: main
${props}
`;

export default defineExamples({
  terraform: {
    good: [tf('  setting {\n    name  = "containerInsights"\n    value = "enabled"\n  }')],
    bad: [tf(''), tf('  setting {\n    name  = "containerInsights"\n    value = "disabled"\n  }')],
    unknown: [tf('  setting {\n    name  = "containerInsights"\n    value = var.insights\n  }', 'variable "insights" {\n  type = string\n}\n')],
  },
  cloudformation: {
    good: [cfn('      ClusterSettings:\n        - { Name: containerInsights, Value: enhanced }')],
    bad: [cfn('      CapacityProviders: [FARGATE]')],
  },
});
