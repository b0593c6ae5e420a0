import { defineExamples } from '../../kit/index.js';

const tf = (extra: string, head = '') => `${head}resource "aws_ecr_repository" "app" {
  name = "app"
${extra}
}`;

const cfn = (props: string) => `Resources:
  App:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: app
${props}
`;

export default defineExamples({
  terraform: {
    good: [tf('  image_tag_mutability = "IMMUTABLE"')],
    bad: [tf(''), tf('  image_tag_mutability = "MUTABLE"')],
    unknown: [tf('  image_tag_mutability = var.mutability', 'variable "mutability" {}\n')],
  },
  cloudformation: {
    good: [cfn('      ImageTagMutability: IMMUTABLE')],
    bad: [cfn('      ImageTagMutability: MUTABLE')],
  },
});
