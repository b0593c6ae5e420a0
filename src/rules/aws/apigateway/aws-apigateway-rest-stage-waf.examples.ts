import { defineExamples } from '../../kit/index.js';
import { cfnRestApi, tfRestApi } from '../../kit/aws-network-api-examples.js';
import { restApiFixture, stageFixture } from '../../kit/aws-network-model-fixtures.js';
import { explicit, unresolvable } from '../../../model/core/index.js';

const API = 'arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5';

export default defineExamples({
  cloudformation: { good: [cfnRestApi()], bad: [cfnRestApi({ waf: false })] },
  terraform: { good: [tfRestApi()], bad: [tfRestApi({ waf: false })] },
  model: {
    // Private APIs are not judged (no internet path), so they are neither good nor bad examples.
    good: [restApiFixture(API), restApiFixture(API, { stages: explicit([stageFixture('prod'), stageFixture('test')]) })],
    bad: [restApiFixture(API, { stages: explicit([stageFixture('prod', { webAclArn: null }), stageFixture('test')]) }), restApiFixture(API, { endpointType: explicit('EDGE'), stages: explicit([stageFixture('v1', { webAclArn: null })]) })],
    unknown: [restApiFixture(API, { stages: unresolvable('apigateway:GetStages: AccessDenied') })],
  },
});
