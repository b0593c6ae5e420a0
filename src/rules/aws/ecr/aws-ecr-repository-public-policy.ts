import { isKnown } from '../../../model/core/index.js';
import { at, defineRule, evidence, fail, pass, publicAllowStatements, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ecr-repository-public-policy',
  title: 'ECR repository policy allows access to anyone',
  severity: 'critical',
  provider: 'aws',
  service: 'ecr',
  resourceType: 'aws.ecr.repository',
  description: 'An ECR repository policy should not allow the principal `*` without a condition that narrows it to known accounts or an organization.',
  risk: 'Anyone with an AWS account can pull the images (and any secrets, code or internal endpoints baked into them) or, with push actions, replace them with malicious ones.',
  remediation: {
    cli: 'aws ecr set-repository-policy --repository-name REPO --policy-text file://policy-with-named-accounts.json  # or: aws ecr delete-repository-policy --repository-name REPO',
    terraform: `resource "aws_ecr_repository_policy" "this" {
  repository = aws_ecr_repository.this.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    }]
  })
}`,
    cloudformation: `Type: AWS::ECR::Repository
Properties:
  RepositoryPolicyText:
    Version: "2012-10-17"
    Statement:
      - Effect: Allow
        Principal: { AWS: arn:aws:iam::111122223333:root }
        Action: [ecr:BatchGetImage, ecr:GetDownloadUrlForLayer]`,
    console: 'ECR > Repositories > the repository > Permissions > Edit policy JSON: replace principal * with the accounts that need access, or add an aws:PrincipalOrgID condition.',
  },
  references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html'],
  evaluate(repo) {
    const policy = repo.properties.policy;
    const ev = evidence('policy', policy);
    if (!isKnown(policy)) return unknown(`the repository policy could not be determined: ${policy.reason ?? 'unresolvable'}`, ev);
    if (policy.value === null) return pass('the repository has no policy', ev);
    const open = publicAllowStatements(policy.value);
    if (open.length === 0) return pass('no policy statement allows anyone', ev);
    return open.map((st) => {
      const i = policy.value!.Statement.indexOf(st);
      return at(fail(`statement ${st.Sid ?? i} allows principal * without a narrowing condition`, ev), `Statement[${st.Sid ?? i}]`, policy.source);
    });
  },
});
