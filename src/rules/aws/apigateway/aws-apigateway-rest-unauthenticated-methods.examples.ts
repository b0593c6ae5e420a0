import { defineExamples } from '../../kit/index.js';
import { cfnRestApi, tfRestApi } from '../../kit/aws-network-api-examples.js';
import { restApiFixture } from '../../kit/aws-network-model-fixtures.js';
import { explicit, unresolvable } from '../../../model/core/index.js';

const API = 'arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5';

export default defineExamples({
  cloudformation: { good: [cfnRestApi()], bad: [cfnRestApi({ authorization: 'NONE' })] },
  terraform: { good: [tfRestApi(), tfRestApi({ authorization: 'AWS_IAM' })], bad: [tfRestApi({ authorization: 'NONE' })] },
  model: {
    // Private APIs are not judged (no internet path), so they are neither good nor bad examples.
    good: [restApiFixture(API), restApiFixture(API, { endpointType: explicit('EDGE') })],
    bad: [restApiFixture(API, { unauthenticatedMethods: explicit(['GET /orders', 'POST /orders']) })],
    unknown: [restApiFixture(API, { unauthenticatedMethods: unresolvable('apigateway:GetResources: AccessDenied') })],
  },
});
