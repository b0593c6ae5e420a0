import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-access-analyzer-deleted',
  kind: 'event',
  services: ['access-analyzer'],
  actions: ['DeleteAnalyzer'],
  title: 'An IAM Access Analyzer was deleted',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.001', techniqueName: 'Impair Defenses: Disable or Modify Tools' },
  description: 'DeleteAnalyzer removed IAM Access Analyzer: resources shared outside the account or organization (buckets, keys, roles) are no longer reported.',
  falsePositives: 'Replacing an account analyzer with an organization analyzer. Check that one still exists.',
  references: ['https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_DeleteAnalyzer.html'],
  match(e) {
    if (!principalCall(e, 'access-analyzer', 'DeleteAnalyzer')) return undefined;
    return `${who(e)} deleted IAM Access Analyzer ${asString(req(e, 'analyzerName')) ?? '(not named in the request)'}`;
  },
});
