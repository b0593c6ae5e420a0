import { isKnown } from '../../../model/core/index.js';
import { at, defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { literalSecrets } from '../../kit/aws-env-secrets.js';

export default defineRule({
  id: 'aws-lambda-function-env-secrets',
  title: 'Lambda function stores secrets in environment variables',
  severity: 'high',
  provider: 'aws',
  service: 'lambda',
  resourceType: 'aws.lambda.function',
  description: 'Lambda environment variables should not hold literal credentials (passwords, tokens, API keys, AWS access keys, private keys). Keep them in Secrets Manager or Parameter Store and pass only their names or ARNs.',
  risk: 'Environment variables are returned in clear by lambda:GetFunctionConfiguration to anyone with read access, and end up in IaC state, templates and source control.',
  remediation: {
    cli: 'aws secretsmanager create-secret --name app/db --secret-string "$PASSWORD" && aws lambda update-function-configuration --function-name FUNCTION --environment "Variables={DB_SECRET_ARN=arn:aws:secretsmanager:REGION:ACCOUNT:secret:app/db}"',
    terraform: `resource "aws_lambda_function" "this" {
  # ...
  environment {
    variables = {
      DB_SECRET_ARN = aws_secretsmanager_secret.db.arn # fetched at run time
    }
  }
}`,
    cloudformation: `Environment:
  Variables:
    DB_SECRET_ARN: !Ref DbSecret # fetched at run time`,
    console: 'Lambda > Functions > the function > Configuration > Environment variables > Edit: remove the secret values, store them in Secrets Manager, and rotate the exposed credentials.',
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption', 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html'],
  evaluate(fn) {
    const env = fn.properties.environment;
    if (!isKnown(env)) return unknown(`environment variables could not be determined: ${env.reason ?? 'unresolvable'}`, evidence('environment', env, true));
    const found = literalSecrets(env.value);
    if (found.length === 0) return pass('no environment variable holds a literal secret', evidence('environment', env, true));
    return found.map(([k, v]) =>
      at(fail(`environment variable ${k} holds what looks like a literal secret`, evidence(`environment.${k}`, { ...env, value: v }, true)), `environment.${k}`, env.source),
    );
  },
});
