import { defineExamples } from '../../kit/index.js';
import { ami } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

export default defineExamples({
  model: {
    good: [ami('current'), ami('retiring-later', { deprecationTime: v('2027-01-01T00:00:00.000Z') })],
    bad: [ami('retired', { deprecationTime: v('2026-01-01T00:00:00.000Z') })],
    unknown: [ami('unreadable', { deprecationTime: unresolvable('AccessDenied') })],
  },
});
