import { defineExamples } from '../../kit/index.js';
import { unresolvable } from '../../../model/core/index.js';
import { cfnElb, classicLbFixture, classicListener, tfElb } from '../../kit/aws-network-dns-elb-examples.js';

export default defineExamples({
  terraform: {
    good: [tfElb({ protocols: ['HTTP', 'HTTPS'], sslPolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' }), tfElb({ protocols: ['SSL'] })],
    bad: [tfElb({ protocols: ['HTTP'] }), tfElb({ protocols: ['HTTP', 'TCP'] })],
    unknown: [`variable "internal" {}\n\n${tfElb({ protocols: ['HTTP'] }).replace('internal           = false', 'internal           = var.internal')}`],
  },
  cloudformation: { good: [cfnElb({ protocols: ['HTTPS'] })], bad: [cfnElb({ protocols: ['HTTP'] })] },
  model: {
    good: [classicLbFixture(), classicLbFixture({ listeners: [classicListener('HTTP'), classicListener('SSL')] })],
    bad: [classicLbFixture({ listeners: [classicListener('HTTP')] })],
    unknown: [classicLbFixture({ listeners: unresolvable('elasticloadbalancing:DescribeLoadBalancerPolicies failed: AccessDenied') })],
  },
});
