import { isKnown } from '../../../model/core/index.js';
import { check, defineRule, evidence, fail } from '../../kit/index.js';

export default defineRule({
  id: 'aws-accessanalyzer-enabled',
  title: 'IAM Access Analyzer is not enabled in the region',
  severity: 'medium',
  provider: 'aws',
  service: 'accessanalyzer',
  resourceType: 'aws.accessanalyzer.analyzer',
  description:
    'Every region in use should have an active IAM Access Analyzer (account or organization zone of trust), which reports buckets, keys, roles, queues, snapshots and other resources shared outside the account or organization. Analyzers are regional: one per region is needed.',
  risk: 'Without an analyzer, a resource policy that opens data to another account or to the public is noticed only if someone happens to read it.',
  remediation: {
    cli: 'aws accessanalyzer create-analyzer --analyzer-name account-analyzer --type ACCOUNT --region REGION   # ORGANIZATION from the delegated administrator',
    terraform: `resource "aws_accessanalyzer_analyzer" "this" {
  analyzer_name = "account-analyzer"
  type          = "ACCOUNT"
}`,
    cloudformation: `Analyzer:
  Type: AWS::AccessAnalyzer::Analyzer
  Properties:
    Type: ACCOUNT`,
    console: 'IAM > Access analyzer (in each region) > Create analyzer: zone of trust = current account or organization.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html',
  ],
  evaluate(analyzer) {
    const { exists, status } = analyzer.properties;
    if (isKnown(exists) && !exists.value) return fail(`no IAM Access Analyzer in ${analyzer.region ?? 'the region'}`, evidence('exists', exists));
    return check('status', status, (s) => s === 'ACTIVE', { pass: 'An active analyzer covers the region', fail: `the analyzer is ${isKnown(status) ? status.value : 'not active'}` });
  },
});
