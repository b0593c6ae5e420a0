import { defineExamples } from '../../kit/index.js';
import { iamUser } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

// The example test evaluates at 2026-06-01.
export default defineExamples({
  model: {
    good: [
      iamUser('alice', { hasConsolePassword: v(true), passwordLastUsed: v('2026-05-28T08:00:00Z'), mfaDevices: v(1) }),
      iamUser('new-hire', { hasConsolePassword: v(true), passwordLastUsed: v(null), passwordCreatedAt: v('2026-05-25T00:00:00Z') }),
    ],
    bad: [
      iamUser('bob', { hasConsolePassword: v(true), passwordLastUsed: v('2025-12-01T00:00:00Z') }),
      iamUser('never', { hasConsolePassword: v(true), passwordLastUsed: v(null), passwordCreatedAt: v('2025-06-01T00:00:00Z') }),
    ],
    unknown: [iamUser('carol', { hasConsolePassword: v(true), passwordLastUsed: unresolvable('credential report unavailable') })],
  },
});
