import { defineExamples } from '../../kit/index.js';
import { unresolvable } from '../../../model/core/index.js';
import { shieldProtectionFixture, shieldSubscriptionFixture } from '../../kit/aws-network-model-fixtures.js';
import { hostedZoneFixture, tfZone, ZONE_UID } from '../../kit/aws-network-dns-elb-examples.js';

export default defineExamples({
  terraform: { good: [tfZone({ subscribe: true, protect: true })], bad: [tfZone({ subscribe: true })] },
  model: {
    good: [[hostedZoneFixture(), shieldSubscriptionFixture(true), shieldProtectionFixture(ZONE_UID)]],
    bad: [[hostedZoneFixture(), shieldSubscriptionFixture(true)]],
    unknown: [[hostedZoneFixture(), shieldSubscriptionFixture(unresolvable('shield:DescribeSubscription failed: AccessDenied'))], [hostedZoneFixture({ private: unresolvable('unknown') }), shieldSubscriptionFixture(true)]],
  },
});
