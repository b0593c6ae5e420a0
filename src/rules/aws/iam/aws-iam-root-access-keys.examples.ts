import { defineExamples } from '../../kit/index.js';
import { rootAccount } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

export default defineExamples({
  model: {
    good: [rootAccount({ accessKeysPresent: v(false) })],
    bad: [rootAccount({ accessKeysPresent: v(true) })],
    unknown: [rootAccount({ accessKeysPresent: unresolvable('credential report not generated yet') })],
  },
});
