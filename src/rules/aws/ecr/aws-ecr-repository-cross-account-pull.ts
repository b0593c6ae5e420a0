import { isKnown, type Value } from '../../../model/core/index.js';
import type { PolicyDocument } from '../../../model/aws/policy.js';
import { defineRule, evidence, judgeDocument, pass } from '../../kit/index.js';
import { foreignGrantees } from '../../kit/aws-compute-access.js';

const PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];

export default defineRule({
  id: 'aws-ecr-repository-cross-account-pull',
  title: 'ECR repository lets another AWS account pull images',
  severity: 'medium',
  provider: 'aws',
  service: 'ecr',
  resourceType: 'aws.ecr.repository',
  description:
    'An ECR repository policy should not let accounts outside the owning account pull images unless an aws:PrincipalOrgID (or org path) condition keeps the grant inside the organization. Public (`*`) grants are judged by aws-ecr-repository-public-policy.',
  risk: 'Images carry code, internal endpoints and often secrets baked into layers; every outside account that can pull them is a copy of that outside your control, and a compromise of that account is a compromise of your images.',
  remediation: {
    cli: 'aws ecr set-repository-policy --repository-name REPO --policy-text file://policy.json  # grant pulls to the organization with a Condition on aws:PrincipalOrgID, or remove the outside account',
    terraform: `resource "aws_ecr_repository_policy" "this" {
  repository = aws_ecr_repository.this.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-exampleorgid" } }
    }]
  })
}`,
    cloudformation: `Type: AWS::ECR::Repository
Properties:
  RepositoryPolicyText:
    Version: "2012-10-17"
    Statement:
      - Effect: Allow
        Principal: "*"
        Action: [ecr:BatchGetImage, ecr:GetDownloadUrlForLayer]
        Condition: { StringEquals: { aws:PrincipalOrgID: o-exampleorgid } }`,
    console: 'ECR > Repositories > the repository > Permissions > Edit policy JSON: remove outside accounts or add an aws:PrincipalOrgID condition.',
  },
  references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html'],
  evaluate(repo) {
    const policy = repo.properties.policy;
    if (isKnown(policy) && policy.value === null) return pass('the repository has no policy', evidence('policy', policy));
    return judgeDocument('policy', policy as Value<PolicyDocument>, (st) => {
      const who = foreignGrantees(st, repo.account, PULL);
      return who.length > 0 ? `account(s) ${who.join(', ')} may pull images with no organization condition` : false;
    }, 'repository policy', 'no outside account may pull images outside an organization condition');
  },
});
