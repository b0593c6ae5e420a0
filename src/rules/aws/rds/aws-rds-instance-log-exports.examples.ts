import { defineExamples } from '../../kit/index.js';
import { rdsInstanceCfn, rdsInstanceTf } from '../../kit/aws-data-examples.js';

export default defineExamples({
  terraform: {
    good: [rdsInstanceTf('  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]')],
    bad: [rdsInstanceTf(''), rdsInstanceTf('  enabled_cloudwatch_logs_exports = ["upgrade"]')],
    unknown: [rdsInstanceTf('  enabled_cloudwatch_logs_exports = var.exports', 'variable "exports" {}\n')],
  },
  cloudformation: {
    good: [rdsInstanceCfn(`      EnableCloudwatchLogsExports:
        - postgresql`)],
    bad: [rdsInstanceCfn('')],
  },
});
