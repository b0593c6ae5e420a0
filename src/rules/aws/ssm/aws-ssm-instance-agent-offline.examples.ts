import { defineExamples } from '../../kit/index.js';
import { ec2Instance, managedInstance } from '../../kit/aws-compute-fixtures.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

const running = ec2Instance('i-running');

export default defineExamples({
  model: {
    good: [managedInstance('i-online'), [managedInstance('i-running', { instanceUid: v(running.uid) }), running]],
    bad: [managedInstance('i-lost', { pingStatus: v('ConnectionLost') }), managedInstance('i-gone', { pingStatus: v('Inactive') })],
    unknown: [managedInstance('i-denied', { pingStatus: unresolvable('AccessDenied') })],
  },
});
