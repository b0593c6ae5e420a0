import { defineExamples } from '../../kit/index.js';
import { iamPolicy } from '../../kit/fixtures-iam.js';
import { v } from '../../kit/aws-logging-fixtures.js';
import { unresolvable } from '../../../model/core/index.js';

const DOC = v({ Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Action: ['cloudshell:*'], Resource: '*' }] });
const shell = { awsManaged: v(true), arn: v('arn:aws:iam::aws:policy/AWSCloudShellFullAccess') };

export default defineExamples({
  model: {
    good: [iamPolicy('AWSCloudShellFullAccess', DOC, { ...shell, attachmentCount: v(0) })],
    bad: [iamPolicy('AWSCloudShellFullAccess', DOC, { ...shell, attachmentCount: v(1) })],
    unknown: [iamPolicy('AWSCloudShellFullAccess', DOC, { ...shell, attachmentCount: unresolvable('not listed') })],
  },
});
