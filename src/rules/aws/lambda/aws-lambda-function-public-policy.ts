import { isKnown } from '../../../model/core/index.js';
import { at, defineRule, evidence, fail, pass, publicAllowStatements, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-lambda-function-public-policy',
  title: 'Lambda function resource policy allows anyone to invoke it',
  severity: 'high',
  provider: 'aws',
  service: 'lambda',
  resourceType: 'aws.lambda.function',
  description: 'A Lambda function policy should not allow the principal `*` unless a condition (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, ...) narrows who can call.',
  risk: 'Any AWS account can invoke a publicly callable function: it runs attacker-chosen input with the function role, runs up cost and can leak data in responses.',
  remediation: {
    cli: 'aws lambda remove-permission --function-name FUNCTION --statement-id STATEMENT_ID',
    terraform: `resource "aws_lambda_permission" "s3" {
  statement_id   = "AllowS3Invoke"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.this.function_name
  principal      = "s3.amazonaws.com"
  source_arn     = aws_s3_bucket.uploads.arn
  source_account = "111122223333"
}`,
    cloudformation: `Type: AWS::Lambda::Permission
Properties:
  Action: lambda:InvokeFunction
  FunctionName: !Ref Function
  Principal: s3.amazonaws.com
  SourceArn: !GetAtt Uploads.Arn
  SourceAccount: !Ref AWS::AccountId`,
    console: 'Lambda > Functions > the function > Configuration > Permissions > Resource-based policy statements: delete or edit statements whose principal is *, naming the calling service and its source ARN or account.',
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-1'],
  evaluate(fn) {
    const policy = fn.properties.policy;
    const ev = evidence('policy', policy);
    if (!isKnown(policy)) return unknown(`the function policy could not be determined: ${policy.reason ?? 'unresolvable'}`, ev);
    if (policy.value === null) return pass('the function has no resource-based policy', ev);
    const open = publicAllowStatements(policy.value);
    if (open.length === 0) return pass('no policy statement allows anyone to invoke the function', ev);
    return open.map((st) => {
      const i = policy.value!.Statement.indexOf(st);
      return at(fail(`statement ${st.Sid ?? i} allows principal * without a narrowing condition`, ev), `Statement[${st.Sid ?? i}]`, policy.source);
    });
  },
});
