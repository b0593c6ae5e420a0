import { defineExamples } from '../../kit/index.js';
import { accessKey, iamUser } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

const console = { hasConsolePassword: v(true), passwordLastUsed: v('2026-05-30T00:00:00Z'), mfaDevices: v(1) };

export default defineExamples({
  model: {
    good: [
      iamUser('alice', console),
      iamUser('dev', { ...console, accessKeys: v([accessKey('AKIAEXAMPLEUSED00001', 'Active', '2026-01-01T00:00:00Z', '2026-05-29T00:00:00Z')]) }),
    ],
    bad: [iamUser('bob', { ...console, accessKeys: v([accessKey('AKIAEXAMPLESETUP0001', 'Active', '2025-03-01T00:00:00Z', null)]) })],
    unknown: [iamUser('carol', { ...console, accessKeys: unresolvable('iam:ListAccessKeys denied') })],
  },
});
