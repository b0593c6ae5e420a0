import { defineExamples } from '../../kit/index.js';
import { rootAccount } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

// The example test evaluates at 2026-06-01.
export default defineExamples({
  model: {
    good: [rootAccount(), rootAccount({ passwordLastUsed: v('2025-11-20T00:00:00Z') })],
    bad: [rootAccount({ passwordLastUsed: v('2026-05-25T09:30:00Z') })],
    unknown: [rootAccount({ passwordLastUsed: unresolvable('iam:GetCredentialReport: AccessDenied') })],
  },
});
