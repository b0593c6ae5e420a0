import { defineExamples } from '../../kit/index.js';
import { cfnRestApi, tfRestApi } from '../../kit/aws-network-api-examples.js';
import { restApiFixture } from '../../kit/aws-network-model-fixtures.js';
import { explicit, unresolvable } from '../../../model/core/index.js';
import type { PolicyDocument } from '../../../model/aws/policy.js';

const API = 'arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5';
const vpcOnly: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0123456789abcdef0' } } }],
};

export default defineExamples({
  cloudformation: { good: [cfnRestApi(), cfnRestApi({ endpoint: 'PRIVATE', vpcPolicy: true })], bad: [cfnRestApi({ vpcPolicy: true })] },
  terraform: { good: [tfRestApi(), tfRestApi({ endpoint: 'PRIVATE', vpcPolicy: true })], bad: [tfRestApi({ vpcPolicy: true })] },
  model: {
    good: [restApiFixture(API), restApiFixture(API, { endpointType: explicit('PRIVATE'), policy: explicit(vpcOnly) })],
    bad: [restApiFixture(API, { policy: explicit(vpcOnly) }), restApiFixture(API, { endpointType: explicit('EDGE') }, { exposure: 'internal' })],
    unknown: [restApiFixture(API, { policy: unresolvable('InvalidPolicy: the policy does not parse') })],
  },
});
