import { defineExamples } from '../../kit/index.js';
import { rdsInstanceCfn, rdsInstanceTf } from '../../kit/aws-data-examples.js';

// The shared examples are PostgreSQL instances; these run sqlserver-se.
const tf = (extra: string, head = '') => rdsInstanceTf(extra, head).replace('engine                      = "postgres"', 'engine                      = "sqlserver-se"');
const cfn = (extra: string) => rdsInstanceCfn(extra).replace('Engine: postgres', 'Engine: sqlserver-se');

export default defineExamples({
  terraform: {
    good: [tf('  enabled_cloudwatch_logs_exports = ["error", "agent"]')],
    bad: [tf(''), tf('  enabled_cloudwatch_logs_exports = ["error"]')],
    unknown: [tf('  enabled_cloudwatch_logs_exports = var.exports', 'variable "exports" {}\n')],
  },
  cloudformation: {
    good: [cfn(`      EnableCloudwatchLogsExports:
        - error
        - agent`)],
    bad: [cfn('')],
  },
});
