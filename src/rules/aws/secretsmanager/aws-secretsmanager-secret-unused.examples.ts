import { unresolvable } from '../../../model/core/index.js';
import { defineExamples, modelFixture, v } from '../../kit/index.js';
import type { SecretProperties } from '../../../model/aws/data.js';

// Access dates are live data; the examples run at 2026-06-01.
const secret = (name: string, p: Partial<SecretProperties>) =>
  modelFixture('aws.secretsmanager.secret', name, {
    rotationEnabled: v(true), rotationDays: v(30), kmsKeyId: v(null), policy: v(null), createdAt: v('2025-01-01T00:00:00.000Z'), lastAccessedAt: v('2026-05-20T00:00:00.000Z'), ...p,
  }, { account: '111122223333' });

export default defineExamples({
  model: {
    good: [secret('in-use', {}), secret('new', { createdAt: v('2026-05-01T00:00:00.000Z'), lastAccessedAt: v(null) })],
    bad: [secret('stale', { lastAccessedAt: v('2025-11-01T00:00:00.000Z') }), secret('never-read', { lastAccessedAt: v(null) })],
    unknown: [secret('denied', { lastAccessedAt: unresolvable('secretsmanager:ListSecrets: AccessDenied') })],
  },
});
