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

export default defineExamples({
  terraform: {
    good: [
      repo,
      policy('{ AWS = "arn:aws:iam::111122223333:root" }'),
      policy('"*"', '\n      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }'),
    ],
    bad: [policy('"*"'), policy('{ AWS = "*" }')],
  },
  cloudformation: {
    good: [cfn('{ AWS: arn:aws:iam::111122223333:root }')],
    bad: [cfn("'*'")],
  },
});
