import { defineExamples } from '../../kit/index.js';
import { auroraClusterCfn, auroraClusterTf } from '../../kit/aws-data-examples.js';

export default defineExamples({
  terraform: {
    good: [auroraClusterTf('')],
    bad: [auroraClusterTf('').replace('"app_owner"', '"admin"')],
    unknown: [auroraClusterTf('').replace('"app_owner"', 'var.user').replace('resource', 'variable "user" {}\nresource')],
  },
  cloudformation: {
    good: [auroraClusterCfn('')],
    bad: [auroraClusterCfn('').replace('MasterUsername: app_owner', 'MasterUsername: root')],
  },
});
