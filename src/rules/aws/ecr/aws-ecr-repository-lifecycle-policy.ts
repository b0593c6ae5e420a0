import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ecr-repository-lifecycle-policy',
  title: 'ECR repository has no lifecycle policy',
  severity: 'low',
  provider: 'aws',
  service: 'ecr',
  resourceType: 'aws.ecr.repository',
  description: 'An ECR repository should have a lifecycle policy that expires untagged and superseded images, so that old, unpatched images do not pile up and stay pullable.',
  risk: 'Every image ever pushed stays deployable: a rollback, a stale tag in a manifest or an attacker with pull rights can bring back a build with known critical CVEs, and the registry keeps reporting (and billing) them.',
  remediation: {
    cli: 'aws ecr put-lifecycle-policy --repository-name REPO --lifecycle-policy-text \'{"rules":[{"rulePriority":1,"description":"expire untagged","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}\'',
    terraform: `resource "aws_ecr_lifecycle_policy" "this" {
  repository = aws_ecr_repository.this.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "expire untagged images after 14 days"
      selection    = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 14 }
      action       = { type = "expire" }
    }]
  })
}`,
    cloudformation: `Type: AWS::ECR::Repository
Properties:
  LifecyclePolicy:
    LifecyclePolicyText: '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}'`,
    console: 'ECR > Repositories > the repository > Lifecycle Policy > Create rule: expire untagged images, and keep only the last N tagged ones.',
  },
  references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-3'],
  evaluate(repo) {
    return check('lifecyclePolicy', repo.properties.lifecyclePolicy, (on) => on, {
      pass: 'a lifecycle policy expires old images',
      fail: 'no lifecycle policy: every image pushed is kept',
    });
  },
});
