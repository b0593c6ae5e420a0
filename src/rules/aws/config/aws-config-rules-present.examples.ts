import { defineExamples, modelFixture, v } from '../../kit/index.js';
import { unresolvable } from '../../../model/core/index.js';
import type { ConfigRecorderProperties } from '../../../model/aws/monitoring.js';

const recorder = (p: Partial<ConfigRecorderProperties>) =>
  modelFixture('aws.config.recorder', 'default', {
    exists: v(true), recording: v(true), allSupported: v(true), includeGlobalResourceTypes: v(true), lastStatus: v('SUCCESS'),
    deliveryBucket: v('acme-config-history'), ruleCount: v(12), ...p,
  }, { account: '111122223333', region: 'eu-west-1' });

export default defineExamples({
  model: {
    good: [recorder({})],
    bad: [recorder({ ruleCount: v(0) })],
    unknown: [recorder({ ruleCount: unresolvable('AccessDenied on config:DescribeConfigRules') })],
  },
});
