import { defineExamples } from '../../kit/index.js';
import { accessAnalyzer } from '../../kit/aws-iam-fixtures-org.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

export default defineExamples({
  model: {
    good: [accessAnalyzer(), accessAnalyzer({ analyzerType: v('ORGANIZATION') })],
    bad: [accessAnalyzer({ exists: v(false), analyzerType: v(null), status: v(null) }), accessAnalyzer({ status: v('DISABLED') })],
    unknown: [accessAnalyzer({ exists: unresolvable('access-analyzer:ListAnalyzers denied'), status: unresolvable('access-analyzer:ListAnalyzers denied') })],
  },
});
