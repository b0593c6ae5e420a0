import { defineExamples } from '../../kit/index.js';
import { rdsInstanceCfn, rdsInstanceTf } from '../../kit/aws-data-examples.js';

// The shared examples are PostgreSQL instances; these run mariadb.
const tf = (extra: string, head = '') => rdsInstanceTf(extra, head).replace('engine                      = "postgres"', 'engine                      = "mariadb"');
const cfn = (extra: string) => rdsInstanceCfn(extra).replace('Engine: postgres', 'Engine: mariadb');

export default defineExamples({
  terraform: {
    good: [tf('  enabled_cloudwatch_logs_exports = ["audit", "error", "general", "slowquery"]')],
    bad: [tf(''), tf('  enabled_cloudwatch_logs_exports = ["error", "slowquery"]')],
    unknown: [tf('  enabled_cloudwatch_logs_exports = var.exports', 'variable "exports" {}\n')],
  },
  cloudformation: {
    good: [cfn(`      EnableCloudwatchLogsExports:
        - audit
        - error
        - general
        - slowquery`)],
    bad: [cfn('')],
  },
});
