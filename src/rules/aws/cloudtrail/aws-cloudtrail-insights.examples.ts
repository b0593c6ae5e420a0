import { defineExamples } from '../../kit/index.js';

const tf = (insights: string, head = '') => `${head}resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "acme-cloudtrail-logs"
${insights}
}`;

const cfn = (insights: string) => `Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: acme-cloudtrail-logs
${insights}
`;

export default defineExamples({
  terraform: {
    good: [tf('  insight_selector {\n    insight_type = "ApiCallRateInsight"\n  }\n  insight_selector {\n    insight_type = "ApiErrorRateInsight"\n  }')],
    bad: [tf('')],
    unknown: [tf('  insight_selector {\n    insight_type = var.insight\n  }', 'variable "insight" {}\n')],
  },
  cloudformation: {
    good: [cfn('      InsightSelectors:\n        - InsightType: ApiCallRateInsight')],
    bad: [cfn('')],
  },
});
