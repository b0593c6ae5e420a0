import { isKnown, type Value } from '../../../model/core/index.js';
import type { PolicyDocument } from '../../../model/aws/policy.js';
import { defineRule, evidence, judgeDocument, pass } from '../../kit/index.js';
import { foreignGrantees } from '../../kit/aws-compute-access.js';

const INVOKE = ['lambda:InvokeFunction', 'lambda:InvokeFunctionUrl'];

export default defineRule({
  id: 'aws-lambda-function-cross-account-invoke',
  title: 'Lambda function can be invoked by another AWS account',
  severity: 'medium',
  provider: 'aws',
  service: 'lambda',
  resourceType: 'aws.lambda.function',
  description:
    'The resource-based policy of a Lambda function should not let principals of another account invoke it, unless an aws:PrincipalOrgID condition keeps the grant inside the organization. Grants to `*` are judged by aws-lambda-function-public-policy; grants to AWS services are not cross-account grants.',
  risk: 'Any principal in the trusted account that has lambda:InvokeFunction can run the function with input of its choosing, using the function role\'s permissions in your account.',
  remediation: {
    cli: 'aws lambda remove-permission --function-name FUNCTION --statement-id STATEMENT_ID  # or re-add it with --principal-org-id o-...',
    terraform: `resource "aws_lambda_permission" "org" {
  statement_id     = "OrgInvoke"
  action           = "lambda:InvokeFunction"
  function_name    = aws_lambda_function.this.function_name
  principal        = "*"
  principal_org_id = "o-exampleorgid"
}`,
    cloudformation: `Type: AWS::Lambda::Permission
Properties:
  Action: lambda:InvokeFunction
  FunctionName: !Ref Function
  Principal: "*"
  PrincipalOrgID: o-exampleorgid`,
    console: 'Lambda > Functions > the function > Configuration > Permissions > Resource-based policy statements: delete statements naming other accounts, or re-create them bound to the organization.',
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-cross-account.html'],
  evaluate(fn) {
    const policy = fn.properties.policy;
    if (isKnown(policy) && policy.value === null) return pass('the function has no resource-based policy', evidence('policy', policy));
    return judgeDocument('policy', policy as Value<PolicyDocument>, (st) => {
      const who = foreignGrantees(st, fn.account, INVOKE);
      return who.length > 0 ? `account(s) ${who.join(', ')} may invoke the function with no organization condition` : false;
    }, 'function policy', 'no other account may invoke the function outside an organization condition');
  },
});
