import { defineExamples } from '../../kit/index.js';
import { cfnDistribution, tfDistribution } from '../../kit/aws-network-cloudfront-examples.js';

export default defineExamples({
  terraform: { good: [tfDistribution(), tfDistribution({ viewer: 'https-only' })], bad: [tfDistribution({ viewer: 'allow-all' })], unknown: [`variable "viewer_policy" {\n  type = string\n}\n\n${tfDistribution({ viewer: 'VIEWER' }).replace('"VIEWER"', 'var.viewer_policy')}`] },
  cloudformation: { good: [cfnDistribution()], bad: [cfnDistribution({ viewer: 'allow-all' })] },
});
