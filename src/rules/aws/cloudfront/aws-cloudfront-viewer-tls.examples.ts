import { defineExamples } from '../../kit/index.js';
import { cfnDistribution, tfDistribution } from '../../kit/aws-network-cloudfront-examples.js';

export default defineExamples({
  terraform: { good: [tfDistribution(), tfDistribution({ minTls: 'TLSv1.2_2025' })], bad: [tfDistribution({ minTls: 'TLSv1' }), tfDistribution({ minTls: 'TLSv1.1_2016' })] },
  cloudformation: { good: [cfnDistribution()], bad: [cfnDistribution({ minTls: 'TLSv1_2016' })] },
});
