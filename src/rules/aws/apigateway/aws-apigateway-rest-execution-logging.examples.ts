import { defineExamples } from '../../kit/index.js';
import { cfnRestApi, tfRestApi } from '../../kit/aws-network-api-examples.js';
import { restApiFixture, stageFixture } from '../../kit/aws-network-model-fixtures.js';
import { explicit, unresolvable } from '../../../model/core/index.js';

const API = 'arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5';

export default defineExamples({
  cloudformation: { good: [cfnRestApi()], bad: [cfnRestApi({ loggingLevel: null }), cfnRestApi({ loggingLevel: 'OFF' })] },
  terraform: { good: [tfRestApi(), tfRestApi({ loggingLevel: 'INFO' })], bad: [tfRestApi({ loggingLevel: null }), tfRestApi({ loggingLevel: 'OFF' })] },
  model: {
    good: [restApiFixture(API, { stages: explicit([stageFixture('prod', { executionLoggingLevel: 'ERROR' })]) })],
    bad: [restApiFixture(API, { stages: explicit([stageFixture('prod', { executionLoggingLevel: 'OFF' })]) }), restApiFixture(API, { stages: explicit([stageFixture('prod', { executionLoggingLevel: null })]) })],
    unknown: [restApiFixture(API, { stages: unresolvable('apigateway:GetStages: AccessDenied') })],
  },
});
