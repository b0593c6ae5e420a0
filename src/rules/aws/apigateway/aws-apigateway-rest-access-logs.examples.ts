import { defineExamples } from '../../kit/index.js';
import { cfnRestApi, tfRestApi } from '../../kit/aws-network-api-examples.js';
import { restApiFixture, stageFixture } from '../../kit/aws-network-model-fixtures.js';
import { explicit, unresolvable } from '../../../model/core/index.js';

const API = 'arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5';

export default defineExamples({
  cloudformation: { good: [cfnRestApi()], bad: [cfnRestApi({ accessLogs: false })] },
  terraform: { good: [tfRestApi()], bad: [tfRestApi({ accessLogs: false })] },
  model: {
    good: [restApiFixture(API, { stages: explicit([stageFixture('prod'), stageFixture('test')]) })],
    bad: [restApiFixture(API, { stages: explicit([stageFixture('prod'), stageFixture('test', { accessLogsEnabled: false })]) })],
    unknown: [restApiFixture(API, { stages: unresolvable('apigateway:GetStages: AccessDenied') })],
  },
});
