import { defineExamples } from '../../kit/index.js';

const repo = `resource "aws_ecr_repository" "app" {
  name = "app"
}
`;

const cfn = (extra: string) => `Resources:
  App:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: app
${extra}
`;

export default defineExamples({
  terraform: {
    good: [`${repo}
resource "aws_ecr_lifecycle_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      selection    = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 14 }
      action       = { type = "expire" }
    }]
  })
}`],
    bad: [repo],
  },
  cloudformation: {
    good: [cfn(`      LifecyclePolicy:
        LifecyclePolicyText: '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}'`)],
    bad: [cfn('      ImageTagMutability: IMMUTABLE')],
  },
});
