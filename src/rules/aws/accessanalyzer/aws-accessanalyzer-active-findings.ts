import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-accessanalyzer-active-findings',
  title: 'IAM Access Analyzer has active findings nobody has resolved or archived',
  severity: 'medium',
  provider: 'aws',
  service: 'accessanalyzer',
  resourceType: 'aws.accessanalyzer.analyzer',
  description:
    'Active Access Analyzer findings are resources shared outside the zone of trust (or, for unused-access analyzers, unused roles, keys and permissions) that no one has fixed or archived as intended. Each should be resolved by changing the policy, or archived with a reason.',
  risk: 'An untriaged finding is either an unintended share that is still open (public bucket, role trusted by a stranger) or noise that will bury the next real one.',
  remediation: {
    cli: 'aws accessanalyzer list-findings-v2 --analyzer-arn ANALYZER_ARN --filter \'{"status":{"eq":["ACTIVE"]}}\'   # fix each resource policy, or: aws accessanalyzer update-findings --status ARCHIVED --ids ID',
    terraform: `resource "aws_accessanalyzer_archive_rule" "intended" {
  analyzer_name = aws_accessanalyzer_analyzer.this.analyzer_name
  rule_name     = "partner-bucket"
  filter {
    criteria = "resource"
    eq       = ["arn:aws:s3:::partner-exchange"]
  }
}`,
    console: 'IAM > Access analyzer > Findings (Active): open each finding, fix the resource policy or Archive it with an archive rule for intended access.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-findings-view.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-work-with-findings.html',
  ],
  evaluate(analyzer) {
    const { exists, status, activeFindings, activeFindingResourceTypes } = analyzer.properties;
    // Without an active analyzer there are no current findings; aws-accessanalyzer-enabled reports that.
    if ((isKnown(exists) && !exists.value) || (isKnown(status) && status.value !== 'ACTIVE')) return undefined;
    const ev = evidence('activeFindings', activeFindings);
    if (!isKnown(activeFindings)) return unknown(`active findings could not be listed: ${activeFindings.reason ?? 'unresolvable'}`, ev);
    if (activeFindings.value === 0) return pass('The analyzer has no active findings', ev);
    const types = isKnown(activeFindingResourceTypes) ? ` on ${activeFindingResourceTypes.value.join(', ')}` : '';
    return fail(`${activeFindings.value} active finding(s)${types}`, ev, evidence('activeFindingResourceTypes', activeFindingResourceTypes));
  },
});
