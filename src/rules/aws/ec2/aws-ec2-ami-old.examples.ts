import { defineExamples } from '../../kit/index.js';
import { ami } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

// The examples test evaluates at 2026-06-01.
export default defineExamples({
  model: {
    good: [ami('fresh', { creationDate: v('2026-04-20T00:00:00.000Z') })],
    bad: [ami('stale', { creationDate: v('2023-02-01T00:00:00.000Z') })],
    unknown: [ami('unreadable', { creationDate: unresolvable('AccessDenied') })],
  },
});
