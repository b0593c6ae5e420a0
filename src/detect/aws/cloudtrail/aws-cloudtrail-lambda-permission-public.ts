import { defineDetection } from '../../kit/detection.js';
import { asString, lambdaCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-lambda-permission-public',
  kind: 'event',
  services: ['lambda'],
  title: 'A Lambda function or layer was opened to everyone',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1546', techniqueName: 'Event Triggered Execution' },
  description: 'AddPermission with principal `*` and no source ARN, source account or organization condition (any AWS account can invoke or manage the function), or AddLayerVersionPermission shared with `*` (anyone can read the layer\'s code).',
  falsePositives: 'Public layers published on purpose; permissions for a function URL with AuthType NONE (reported by the function-URL detection too).',
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
  match(e) {
    if (lambdaCall(e, 'AddLayerVersionPermission')) {
      if (asString(req(e, 'principal')) !== '*' || asString(req(e, 'organizationId'))) return undefined;
      return `${who(e)} shared layer ${asString(req(e, 'layerName')) ?? '(unnamed)'} version ${asString(req(e, 'versionNumber')) ?? '?'} with everyone`;
    }
    if (!lambdaCall(e, 'AddPermission') || asString(req(e, 'principal')) !== '*') return undefined;
    if (asString(req(e, 'sourceArn')) || asString(req(e, 'sourceAccount')) || asString(req(e, 'principalOrgID'))) return undefined;
    return `${who(e)} allowed everyone to ${asString(req(e, 'action')) ?? 'use'} function ${asString(req(e, 'functionName')) ?? '(unnamed)'}`;
  },
});
