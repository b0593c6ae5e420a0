import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

/**
 * Lambda's published deprecation dates (the day security patches stop), per runtime identifier.
 * Runtimes not listed are treated as supported; extend this table as AWS announces new dates.
 */
const DEPRECATED: Readonly<Record<string, string>> = {
  'python2.7': '2021-07-15', 'python3.6': '2022-07-18', 'python3.7': '2023-12-04', 'python3.8': '2024-10-14', 'python3.9': '2025-12-15',
  nodejs: '2016-10-31', 'nodejs4.3': '2020-03-05', 'nodejs4.3-edge': '2019-04-30', 'nodejs6.10': '2019-08-12', 'nodejs8.10': '2020-03-06',
  'nodejs10.x': '2021-07-30', 'nodejs12.x': '2023-03-31', 'nodejs14.x': '2023-12-04', 'nodejs16.x': '2024-06-12', 'nodejs18.x': '2025-09-01', 'nodejs20.x': '2026-04-30',
  java8: '2024-01-08',
  'dotnetcore1.0': '2019-07-30', 'dotnetcore2.0': '2019-05-30', 'dotnetcore2.1': '2022-01-05', 'dotnetcore3.1': '2023-04-03', dotnet5: '2022-05-10', dotnet6: '2024-12-20', dotnet7: '2024-05-14',
  'go1.x': '2024-01-08', 'ruby2.5': '2021-07-30', 'ruby2.7': '2023-12-07', 'ruby3.2': '2026-03-31', provided: '2024-01-08',
};

export default defineRule({
  id: 'aws-lambda-function-deprecated-runtime',
  title: 'Lambda function uses a deprecated runtime',
  severity: 'medium',
  provider: 'aws',
  service: 'lambda',
  resourceType: 'aws.lambda.function',
  description: 'Lambda functions should run on a runtime Lambda still supports. Functions packaged as container images choose their runtime in the image and are not judged.',
  risk: 'Deprecated runtimes get no security patches to the language or OS, and AWS eventually blocks creating and then updating functions that use them.',
  remediation: {
    cli: 'aws lambda update-function-configuration --function-name FUNCTION --runtime python3.13',
    terraform: `resource "aws_lambda_function" "this" {
  # ...
  runtime = "python3.13"
}`,
    cloudformation: `Type: AWS::Lambda::Function
Properties:
  Runtime: nodejs22.x`,
    console: 'Lambda > Functions > the function > Code > Runtime settings > Edit: choose a supported runtime, after testing the code on it.',
  },
  references: ['https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-2'],
  evaluate(fn, ctx) {
    const rt = fn.properties.runtime;
    const ev = evidence('runtime', rt);
    if (!isKnown(rt)) return unknown(`the runtime could not be determined: ${rt.reason ?? 'unresolvable'}`, ev);
    if (rt.value === null) return undefined; // container image
    const date = DEPRECATED[rt.value.toLowerCase()];
    if (date !== undefined && new Date(`${date}T00:00:00Z`) <= ctx.now) return fail(`runtime ${rt.value} was deprecated on ${date}`, ev);
    return pass(date ? `runtime ${rt.value} is supported until ${date}` : `runtime ${rt.value} is not deprecated`, ev);
  },
});
