import { defineExamples } from '../../kit/index.js';
import { cfnHttpApi, tfHttpApi } from '../../kit/aws-network-api-examples.js';
import { httpApiFixture, stageFixture } from '../../kit/aws-network-model-fixtures.js';
import { explicit, unresolvable } from '../../../model/core/index.js';

const API = 'arn:aws:apigateway:eu-west-1::/apis/h1t2t3p4a5';

export default defineExamples({
  cloudformation: { good: [cfnHttpApi()], bad: [cfnHttpApi({ accessLogs: false })] },
  terraform: { good: [tfHttpApi()], bad: [tfHttpApi({ accessLogs: false })] },
  model: {
    good: [httpApiFixture(API)],
    bad: [httpApiFixture(API, { stages: explicit([stageFixture('$default', { accessLogsEnabled: false, webAclArn: null })]) })],
    unknown: [httpApiFixture(API, { stages: unresolvable('apigateway:GetStages: AccessDenied') })],
  },
});
