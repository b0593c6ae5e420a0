import { defineExamples } from '../../kit/index.js';
import { rdsInstanceCfn, rdsInstanceTf } from '../../kit/aws-data-examples.js';

export default defineExamples({
  terraform: {
    good: [rdsInstanceTf('  port = 6432')],
    bad: [rdsInstanceTf(''), rdsInstanceTf('  port = 5432')],
    unknown: [rdsInstanceTf('  port = var.port', 'variable "port" {}\n')],
  },
  cloudformation: {
    good: [rdsInstanceCfn('      Port: "6432"')],
    bad: [rdsInstanceCfn('')],
  },
});
