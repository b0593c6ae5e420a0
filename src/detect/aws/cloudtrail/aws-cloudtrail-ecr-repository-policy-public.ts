import { defineDetection } from '../../kit/detection.js';
import { actionsOf, publicAllowStatements } from '../../kit/aws-b-policy.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-ecr-repository-policy-public',
  kind: 'event',
  services: ['ecr'],
  actions: ['SetRepositoryPolicy'],
  title: 'An ECR repository policy allows everyone',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Collection', technique: 'T1530', techniqueName: 'Data from Cloud Storage' },
  description: 'SetRepositoryPolicy with a statement allowing principal `*` without a narrowing condition: any AWS account can pull the images (and the code, configuration and secrets baked into them) or, with push actions, replace them.',
  falsePositives: 'Images published for customers on purpose; ECR Public is the intended place for those.',
  references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html'],
  match(e) {
    if (!principalCall(e, 'ecr', 'SetRepositoryPolicy')) return undefined;
    const open = publicAllowStatements(req(e, 'policyText'));
    if (open.length === 0) return undefined;
    return `${who(e)} opened repository ${asString(req(e, 'repositoryName')) ?? '(unnamed)'} to everyone (${[...new Set(open.flatMap(actionsOf))].join(', ') || 'actions not listed'})`;
  },
});
