import { defineExamples } from '../../kit/index.js';
import { cfnDistribution, tfDistribution } from '../../kit/aws-network-cloudfront-examples.js';

export default defineExamples({
  terraform: { good: [tfDistribution(), tfDistribution({ s3Access: 'oai' })], bad: [tfDistribution({ s3Access: 'none' })], unknown: [tfDistribution({ s3Access: 'var' })] },
  cloudformation: { good: [cfnDistribution(), cfnDistribution({ s3Access: 'oai' })], bad: [cfnDistribution({ s3Access: 'none' })] },
});
