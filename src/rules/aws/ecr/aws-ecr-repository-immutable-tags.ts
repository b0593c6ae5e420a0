import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ecr-repository-immutable-tags',
  title: 'ECR repository allows image tags to be overwritten',
  severity: 'medium',
  provider: 'aws',
  service: 'ecr',
  resourceType: 'aws.ecr.repository',
  description: 'ECR repositories should make image tags immutable, so a tag always names the same image.',
  risk: 'With mutable tags, anyone who can push can silently replace the image behind a deployed tag, and scans and approvals of the old image no longer mean anything.',
  remediation: {
    cli: 'aws ecr put-image-tag-mutability --repository-name REPO --image-tag-mutability IMMUTABLE',
    terraform: `resource "aws_ecr_repository" "this" {
  # ...
  image_tag_mutability = "IMMUTABLE"
}`,
    cloudformation: `Type: AWS::ECR::Repository
Properties:
  ImageTagMutability: IMMUTABLE`,
    console: 'ECR > Repositories > the repository > Edit > Tag immutability: enabled.',
  },
  references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-2'],
  evaluate(repo) {
    return check('imageTagMutability', repo.properties.imageTagMutability, (m) => m.toUpperCase().startsWith('IMMUTABLE'), { pass: 'image tags are immutable', fail: 'image tags are mutable' });
  },
});
