import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-inspector2-lambda-code-scanning',
  title: 'Amazon Inspector does not scan Lambda function code in the region',
  severity: 'medium',
  provider: 'aws',
  service: 'inspector2',
  resourceType: 'aws.inspector2.coverage',
  description:
    'Amazon Inspector should be activated with AWS Lambda code scanning in every account and region in use, so that the code of Lambda functions is checked for security flaws such as injection, leaked credentials and weak cryptography. Code scanning builds on Lambda standard scanning, which must be active too.',
  risk: 'Standard scanning only matches dependencies against known CVEs; the function\'s own code is never looked at, so a hardcoded secret or an injection flaw in a handler ships unnoticed.',
  remediation: {
    cli: 'aws inspector2 enable --resource-types LAMBDA LAMBDA_CODE --account-ids ACCOUNT_ID',
    terraform: `resource "aws_inspector2_enabler" "this" {
  account_ids    = [data.aws_caller_identity.current.account_id]
  resource_types = ["LAMBDA", "LAMBDA_CODE"]
}`,
    console: 'Amazon Inspector > Account management > the account > Activate > AWS Lambda code scanning (from the delegated administrator for the whole organization).',
  },
  references: ['https://docs.aws.amazon.com/inspector/latest/user/scanning-lambda.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/inspector-controls.html#inspector-3'],
  evaluate(coverage) {
    const { enabled, lambdaCodeScanning: scanning } = coverage.properties;
    const ev = [evidence('enabled', enabled), evidence('lambdaCodeScanning', scanning)];
    if (isKnown(enabled) && !enabled.value) return fail('Amazon Inspector is not activated in this account and region', ...ev);
    if (!isKnown(scanning)) return unknown(`the Inspector scanning status could not be read: ${scanning.reason ?? 'unresolvable'}`, ...ev);
    return scanning.value ? pass('AWS Lambda code scanning is active', ...ev) : fail('AWS Lambda code scanning is not active', ...ev);
  },
});
