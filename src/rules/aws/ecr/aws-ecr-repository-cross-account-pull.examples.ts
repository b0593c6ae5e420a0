import { defineExamples } from '../../kit/index.js';

const repo = `resource "aws_ecr_repository" "app" {
  name = "app"
}
`;

const policy = (principal: string, condition = '') => `${repo}
resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Pull"
      Effect    = "Allow"
      Principal = ${principal}
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]${condition}
    }]
  })
}`;

const cfn = (principal: string, condition = '') => `Resources:
  App:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: app
      RepositoryPolicyText:
        Version: "2012-10-17"
        Statement:
          - Sid: Pull
            Effect: Allow
            Principal: ${principal}
            Action: [ecr:BatchGetImage, ecr:GetDownloadUrlForLayer]${condition}
`;

const org = '\n      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }';

export default defineExamples({
  terraform: {
    good: [repo, policy('{ AWS = "arn:aws:iam::444455556666:root" }', org)],
    bad: [policy('{ AWS = "arn:aws:iam::444455556666:root" }'), policy('{ AWS = ["999988887777"] }')],
    unknown: [`variable "policy" {}\n${repo}\nresource "aws_ecr_repository_policy" "app" {\n  repository = aws_ecr_repository.app.name\n  policy     = var.policy\n}`],
  },
  cloudformation: {
    good: [cfn('{ AWS: arn:aws:iam::444455556666:root }', '\n            Condition: { StringEquals: { "aws:PrincipalOrgID": o-a1b2c3d4e5 } }')],
    bad: [cfn('{ AWS: arn:aws:iam::444455556666:root }')],
  },
});
