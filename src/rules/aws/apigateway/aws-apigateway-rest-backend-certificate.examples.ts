import { defineExamples } from '../../kit/index.js';
import { tfRestApi } from '../../kit/aws-network-api-examples.js';
import { restApiFixture, stageFixture } from '../../kit/aws-network-model-fixtures.js';
import { explicit, unresolvable } from '../../../model/core/index.js';

const API = 'arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5';
const withCertificate = tfRestApi().replace('  xray_tracing_enabled = true\n', '  xray_tracing_enabled  = true\n  client_certificate_id = aws_api_gateway_client_certificate.backend.id\n') + `
resource "aws_api_gateway_client_certificate" "backend" {
  description = "api-backend"
}
`;

export default defineExamples({
  terraform: { good: [withCertificate], bad: [tfRestApi()] },
  model: {
    good: [restApiFixture(API, { stages: explicit([stageFixture('prod', { clientCertificateId: 'abc123' })]) })],
    bad: [restApiFixture(API)],
    unknown: [restApiFixture(API, { stages: unresolvable('apigateway:GetStages: AccessDenied') })],
  },
});
