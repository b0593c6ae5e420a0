import { defineExamples } from '../../kit/index.js';
import { iamUser } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

// The example test evaluates at 2026-06-01.
export default defineExamples({
  model: {
    good: [iamUser('alice', { servicesLastAccessed: v([{ namespace: 'ec2', lastAuthenticated: '2026-05-30T10:00:00Z' }]) }), iamUser('nobody', { servicesLastAccessed: v([]) })],
    bad: [iamUser('bob', { servicesLastAccessed: v([{ namespace: 'ec2', lastAuthenticated: '2026-05-30T10:00:00Z' }, { namespace: 'iam', lastAuthenticated: null }]) })],
    unknown: [iamUser('carol', { servicesLastAccessed: unresolvable('iam:GetServiceLastAccessedDetails denied') })],
  },
});
