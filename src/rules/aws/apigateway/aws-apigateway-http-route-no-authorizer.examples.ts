import { defineExamples } from '../../kit/index.js';
import { cfnHttpApi, tfHttpApi } from '../../kit/aws-network-api-examples.js';
import { httpApiFixture } from '../../kit/aws-network-model-fixtures.js';
import { explicit, unresolvable } from '../../../model/core/index.js';

const API = 'arn:aws:apigateway:eu-west-1::/apis/h1t2t3p4a5';

export default defineExamples({
  cloudformation: { good: [cfnHttpApi()], bad: [cfnHttpApi({ authorization: 'NONE' }), cfnHttpApi({ protocol: 'WEBSOCKET', routeKey: '$connect', authorization: 'NONE' })] },
  terraform: { good: [tfHttpApi(), tfHttpApi({ protocol: 'WEBSOCKET', routeKey: 'sendMessage', authorization: 'NONE' })], bad: [tfHttpApi({ authorization: 'NONE' }), tfHttpApi({ protocol: 'WEBSOCKET', routeKey: '$connect', authorization: 'NONE' })] },
  model: {
    good: [httpApiFixture(API), httpApiFixture(API, { protocolType: explicit('WEBSOCKET'), unauthenticatedRoutes: explicit(['$default', 'sendMessage']) })],
    bad: [httpApiFixture(API, { unauthenticatedRoutes: explicit(['GET /items', 'POST /items']) }), httpApiFixture(API, { protocolType: explicit('WEBSOCKET'), unauthenticatedRoutes: explicit(['$connect']) })],
    unknown: [httpApiFixture(API, { unauthenticatedRoutes: unresolvable('apigateway:GetRoutes: AccessDenied') })],
  },
});
