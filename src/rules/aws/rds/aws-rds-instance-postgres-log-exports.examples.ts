import { defineExamples } from '../../kit/index.js';
import { rdsInstanceCfn, rdsInstanceTf } from '../../kit/aws-data-examples.js';

const tf = rdsInstanceTf;
const cfn = rdsInstanceCfn;

export default defineExamples({
  terraform: {
    good: [tf('  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]')],
    bad: [tf(''), tf('  enabled_cloudwatch_logs_exports = ["upgrade"]')],
    unknown: [tf('  enabled_cloudwatch_logs_exports = var.exports', 'variable "exports" {}\n')],
  },
  cloudformation: {
    good: [cfn(`      EnableCloudwatchLogsExports:
        - postgresql`)],
    bad: [cfn('')],
  },
});
