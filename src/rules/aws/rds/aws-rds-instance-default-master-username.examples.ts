import { defineExamples } from '../../kit/index.js';
import { rdsInstanceCfn, rdsInstanceTf } from '../../kit/aws-data-examples.js';

export default defineExamples({
  terraform: {
    good: [rdsInstanceTf('')],
    bad: [rdsInstanceTf('').replace('"app_owner"', '"postgres"')],
    unknown: [rdsInstanceTf('').replace('"app_owner"', 'var.user').replace('resource', 'variable "user" {}\nresource')],
  },
  cloudformation: {
    good: [rdsInstanceCfn('')],
    bad: [rdsInstanceCfn('').replace('MasterUsername: app_owner', 'MasterUsername: admin')],
  },
});
