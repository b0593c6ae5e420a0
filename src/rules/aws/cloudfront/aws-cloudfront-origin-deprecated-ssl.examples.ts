import { defineExamples } from '../../kit/index.js';
import { cfnDistribution, tfDistribution } from '../../kit/aws-network-cloudfront-examples.js';

export default defineExamples({
  terraform: {
    good: [tfDistribution({ custom: { policy: 'https-only', protocols: ['TLSv1.2'] } })],
    bad: [tfDistribution({ custom: { policy: 'https-only', protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'] } }), tfDistribution({ custom: { policy: 'match-viewer', protocols: ['SSLv3'] } })],
  },
  cloudformation: { good: [cfnDistribution({ custom: { policy: 'https-only', protocols: ['TLSv1.2'] } })], bad: [cfnDistribution({ custom: { policy: 'https-only', protocols: ['TLSv1', 'TLSv1.2'] } })] },
});
