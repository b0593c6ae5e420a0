import { defineExamples } from '../../kit/index.js';
import { iamRole } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

const TRUST = { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }] };

// The example test evaluates at 2026-06-01.
export default defineExamples({
  model: {
    good: [iamRole('api', TRUST, { servicesLastAccessed: v([{ namespace: 'dynamodb', lastAuthenticated: '2026-05-30T10:00:00Z' }, { namespace: 'logs', lastAuthenticated: '2026-05-31T10:00:00Z' }]) })],
    bad: [iamRole('etl', TRUST, { servicesLastAccessed: v([{ namespace: 's3', lastAuthenticated: '2026-05-30T10:00:00Z' }, { namespace: 'kms', lastAuthenticated: '2025-10-01T00:00:00Z' }, { namespace: 'secretsmanager', lastAuthenticated: null }]) })],
    unknown: [iamRole('hidden', TRUST, { servicesLastAccessed: unresolvable('iam:GenerateServiceLastAccessedDetails denied') })],
  },
});
