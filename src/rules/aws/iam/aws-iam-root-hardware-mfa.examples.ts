import { defineExamples } from '../../kit/index.js';
import { rootAccount } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

export default defineExamples({
  model: {
    good: [rootAccount({ mfaEnabled: v(true), hardwareMfa: v(true) })],
    bad: [rootAccount({ hardwareMfa: v(false) }), rootAccount({ mfaEnabled: v(false), hardwareMfa: v(false) })],
    unknown: [rootAccount({ hardwareMfa: unresolvable('iam:ListVirtualMFADevices: AccessDenied') })],
  },
});
