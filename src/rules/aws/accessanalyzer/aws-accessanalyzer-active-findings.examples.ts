import { defineExamples } from '../../kit/index.js';
import { accessAnalyzer } from '../../kit/aws-iam-fixtures-org.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

export default defineExamples({
  model: {
    good: [accessAnalyzer()],
    bad: [accessAnalyzer({ activeFindings: v(2), activeFindingResourceTypes: v(['AWS::IAM::Role', 'AWS::S3::Bucket']) })],
    unknown: [accessAnalyzer({ activeFindings: unresolvable('access-analyzer:ListFindingsV2 denied'), activeFindingResourceTypes: unresolvable('access-analyzer:ListFindingsV2 denied') })],
  },
});
