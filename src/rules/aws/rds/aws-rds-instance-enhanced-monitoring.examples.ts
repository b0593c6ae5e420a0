import { defineExamples } from '../../kit/index.js';
import { rdsInstanceCfn, rdsInstanceTf } from '../../kit/aws-data-examples.js';

export default defineExamples({
  terraform: {
    good: [rdsInstanceTf(`  monitoring_interval = 60
  monitoring_role_arn = "arn:aws:iam::111122223333:role/rds-monitoring"`)],
    bad: [rdsInstanceTf(''), rdsInstanceTf('  monitoring_interval = 0')],
    unknown: [rdsInstanceTf('  monitoring_interval = var.interval', 'variable "interval" {}\n')],
  },
  cloudformation: {
    good: [rdsInstanceCfn(`      MonitoringInterval: 60
      MonitoringRoleArn: arn:aws:iam::111122223333:role/rds-monitoring`)],
    bad: [rdsInstanceCfn('')],
  },
});
