import { defineExamples } from '../../kit/index.js';
import { unresolvable } from '../../../model/core/index.js';
import { shieldProtectionFixture, shieldSubscriptionFixture } from '../../kit/aws-network-model-fixtures.js';
import { classicLbFixture, ELB_UID, tfElb } from '../../kit/aws-network-dns-elb-examples.js';

export default defineExamples({
  terraform: { good: [tfElb({ subscribe: true, protect: true })], bad: [tfElb({ subscribe: true })] },
  model: {
    good: [[classicLbFixture(), shieldSubscriptionFixture(true), shieldProtectionFixture(ELB_UID)]],
    bad: [[classicLbFixture(), shieldSubscriptionFixture(true)]],
    unknown: [[classicLbFixture(), shieldSubscriptionFixture(unresolvable('shield:DescribeSubscription failed: AccessDenied'))]],
  },
});
