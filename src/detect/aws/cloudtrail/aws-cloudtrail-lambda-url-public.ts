import { defineDetection } from '../../kit/detection.js';
import { asString, lambdaAction, lambdaCall, req, resp, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-lambda-url-public',
  kind: 'event',
  services: ['lambda'],
  title: 'A Lambda function URL without authentication was created',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1546', techniqueName: 'Event Triggered Execution' },
  description: 'CreateFunctionUrlConfig or UpdateFunctionUrlConfig with AuthType NONE: the function gets a public HTTPS endpoint anyone can call, an easy backdoor into whatever the function\'s role can reach.',
  falsePositives: 'Webhooks and public APIs built on function URLs. These should validate requests themselves; list them.',
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'],
  match(e) {
    if (!lambdaCall(e, 'CreateFunctionUrlConfig', 'UpdateFunctionUrlConfig')) return undefined;
    // CreateFunctionUrlConfig requires AuthType, so the response repeats it if the request log lacks it.
    const authType = asString(req(e, 'authType')) ?? (lambdaAction(e.action) === 'CreateFunctionUrlConfig' ? asString(resp(e, 'authType')) : undefined);
    if (authType !== 'NONE') return undefined;
    return `${who(e)} gave function ${asString(req(e, 'functionName')) ?? '(unnamed)'} a public URL without authentication`;
  },
});
