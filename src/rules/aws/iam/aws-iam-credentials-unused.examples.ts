import { defineExamples } from '../../kit/index.js';
import { accessKey, iamUser } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

// The example test evaluates at 2026-06-01.
export default defineExamples({
  model: {
    good: [
      iamUser('alice', { hasConsolePassword: v(true), passwordLastUsed: v('2026-05-28T08:00:00Z'), mfaDevices: v(1) }),
      iamUser('ci', { accessKeys: v([accessKey('AKIAEXAMPLEUSED00001', 'Active', '2026-03-01T00:00:00Z', '2026-05-31T00:00:00Z')]) }),
    ],
    bad: [
      iamUser('bob', { hasConsolePassword: v(true), passwordLastUsed: v('2026-02-01T00:00:00Z') }),
      iamUser('old-ci', { accessKeys: v([accessKey('AKIAEXAMPLEIDLE00001', 'Active', '2025-06-01T00:00:00Z', '2026-03-15T00:00:00Z')]) }),
      iamUser('never', { accessKeys: v([accessKey('AKIAEXAMPLENEVR00001', 'Active', '2026-01-01T00:00:00Z', null)]) }),
    ],
    unknown: [iamUser('carol', { hasConsolePassword: v(true), passwordLastUsed: unresolvable('credential report unavailable') })],
  },
});
