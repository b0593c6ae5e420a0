import { defineExamples } from '../../kit/index.js';
import { ami } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';

export default defineExamples({
  model: {
    good: [ami('golden-base'), ami('shared-with-partner', { launchPermissions: v(['444455556666']) })],
    bad: [ami('oops', { public: v(true), launchPermissions: v(['all']) })],
  },
});
