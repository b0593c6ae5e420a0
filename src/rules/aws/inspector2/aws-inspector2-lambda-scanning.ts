import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-inspector2-lambda-scanning',
  title: 'Amazon Inspector does not scan Lambda functions in the region',
  severity: 'medium',
  provider: 'aws',
  service: 'inspector2',
  resourceType: 'aws.inspector2.coverage',
  description: 'Amazon Inspector should be activated with AWS Lambda standard scanning in every account and region in use, so that Lambda functions are checked for known vulnerabilities continuously.',
  risk: 'Function packages and layers carry their own dependencies, which no host patching touches; without scanning, a vulnerable library in a function stays invisible.',
  remediation: {
    cli: 'aws inspector2 enable --resource-types LAMBDA --account-ids ACCOUNT_ID',
    terraform: `resource "aws_inspector2_enabler" "this" {
  account_ids    = [data.aws_caller_identity.current.account_id]
  resource_types = ["LAMBDA"]
}`,
    console: 'Amazon Inspector > Account management > the account > Activate > AWS Lambda standard scanning (from the delegated administrator for the whole organization).',
  },
  references: ['https://docs.aws.amazon.com/inspector/latest/user/scanning-lambda.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/inspector-controls.html#inspector-4'],
  evaluate(coverage) {
    const { enabled, lambdaScanning: scanning } = coverage.properties;
    const ev = [evidence('enabled', enabled), evidence('lambdaScanning', scanning)];
    if (isKnown(enabled) && !enabled.value) return fail('Amazon Inspector is not activated in this account and region', ...ev);
    if (!isKnown(scanning)) return unknown(`the Inspector scanning status could not be read: ${scanning.reason ?? 'unresolvable'}`, ...ev);
    return scanning.value ? pass('AWS Lambda standard scanning is active', ...ev) : fail('AWS Lambda standard scanning is not active', ...ev);
  },
});
