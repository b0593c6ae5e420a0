import { defineExamples } from '../../kit/index.js';
import { iamRole, iamUser, rootAccount } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

const TRUST = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Action: 'sts:AssumeRole', Principal: { AWS: 'arn:aws:iam::111122223333:root' } }] };
const support = iamRole('aws-support', TRUST, { attachedPolicies: v(['arn:aws:iam::aws:policy/AWSSupportAccess']) });
const ops = iamRole('ops', TRUST, { attachedPolicies: v(['arn:aws:iam::aws:policy/ReadOnlyAccess']) });

export default defineExamples({
  model: {
    good: [[rootAccount(), ops, support]],
    bad: [[rootAccount(), ops, iamUser('alice')], [rootAccount()]],
    unknown: [[rootAccount(), ops, iamUser('bob', { attachedPolicies: unresolvable('iam:ListAttachedUserPolicies denied') })]],
  },
});
