import { defineExamples } from '../../kit/index.js';
import { unresolvable } from '../../../model/core/index.js';
import { cfnElb, classicLbFixture, classicListener, tfElb } from '../../kit/aws-network-dns-elb-examples.js';

const MODERN = 'ELBSecurityPolicy-TLS-1-2-2017-01';

export default defineExamples({
  terraform: {
    good: [tfElb({ protocols: ['HTTPS', 'SSL'], sslPolicy: MODERN })],
    bad: [tfElb({ protocols: ['HTTPS'] }), tfElb({ protocols: ['HTTPS'], sslPolicy: 'ELBSecurityPolicy-2016-08' })],
    unknown: [`variable "policy" {}\n\n${tfElb({ protocols: ['HTTPS'], sslPolicy: MODERN }).replace(`value = "${MODERN}"`, 'value = var.policy')}`],
  },
  cloudformation: {
    good: [cfnElb({ protocols: ['HTTPS'], sslPolicy: MODERN })],
    bad: [cfnElb({ protocols: ['HTTPS'] }), cfnElb({ protocols: ['SSL'], sslPolicy: 'ELBSecurityPolicy-TLS-1-1-2017-01' })],
  },
  model: {
    good: [classicLbFixture(), classicLbFixture({ listeners: [classicListener('SSL', 'custom-tls', ['TLSv1.2'])] })],
    bad: [classicLbFixture({ listeners: [classicListener('HTTPS', null)] }), classicLbFixture({ listeners: [classicListener('HTTPS', 'custom-old', ['TLSv1', 'TLSv1.2'])] })],
    unknown: [classicLbFixture({ listeners: [classicListener('HTTPS', 'custom-unread')] }), classicLbFixture({ listeners: unresolvable('DescribeLoadBalancerPolicies failed: AccessDenied') })],
  },
});
