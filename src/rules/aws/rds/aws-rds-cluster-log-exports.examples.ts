import { defineExamples } from '../../kit/index.js';
import { auroraClusterCfn, auroraClusterTf } from '../../kit/aws-data-examples.js';

export default defineExamples({
  terraform: {
    good: [auroraClusterTf('  enabled_cloudwatch_logs_exports = ["audit", "error"]')],
    bad: [auroraClusterTf(''), auroraClusterTf('  enabled_cloudwatch_logs_exports = ["slowquery"]')],
    unknown: [auroraClusterTf('  enabled_cloudwatch_logs_exports = var.logs', 'variable "logs" {}\n')],
  },
  cloudformation: {
    good: [auroraClusterCfn(`      EnableCloudwatchLogsExports:
        - audit`)],
    bad: [auroraClusterCfn('')],
  },
});
