import { defineExamples } from '../../kit/index.js';
import { iamRole } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

const TRUST = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }] };

// The example test evaluates at 2026-06-01.
export default defineExamples({
  model: {
    good: [iamRole('api', TRUST, { lastUsed: v('2026-05-20T00:00:00Z') })],
    bad: [iamRole('legacy-etl', TRUST, { lastUsed: v('2025-11-01T00:00:00Z') }), iamRole('never', TRUST, { lastUsed: v(null) })],
    unknown: [iamRole('hidden', TRUST, { lastUsed: unresolvable('iam:GetRole denied') })],
  },
});
