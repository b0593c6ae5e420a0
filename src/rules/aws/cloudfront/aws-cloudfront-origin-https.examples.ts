import { defineExamples } from '../../kit/index.js';
import { cfnDistribution, tfDistribution } from '../../kit/aws-network-cloudfront-examples.js';

const tls12 = ['TLSv1.2'];
export default defineExamples({
  terraform: {
    good: [tfDistribution({ custom: { policy: 'https-only', protocols: tls12 } }), tfDistribution({ custom: { policy: 'match-viewer', protocols: tls12 } })],
    bad: [tfDistribution({ custom: { policy: 'http-only', protocols: tls12 } }), tfDistribution({ viewer: 'allow-all', custom: { policy: 'match-viewer', protocols: tls12 } })],
  },
  cloudformation: { good: [cfnDistribution({ custom: { policy: 'https-only', protocols: tls12 } })], bad: [cfnDistribution({ custom: { policy: 'http-only', protocols: tls12 } })] },
});
