import { defineExamples } from '../../kit/index.js';
import { cfnDistribution, tfDistribution } from '../../kit/aws-network-cloudfront-examples.js';

export default defineExamples({
  terraform: { good: [tfDistribution()], bad: [tfDistribution({ logging: false })] },
  cloudformation: { good: [cfnDistribution()], bad: [cfnDistribution({ logging: false })] },
});
