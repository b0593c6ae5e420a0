import { defineExamples } from '../../kit/index.js';
import { auroraClusterCfn, auroraClusterTf } from '../../kit/aws-data-examples.js';

export default defineExamples({
  terraform: {
    good: [auroraClusterTf('  iam_database_authentication_enabled = true')],
    bad: [auroraClusterTf('')],
    unknown: [auroraClusterTf('  iam_database_authentication_enabled = var.iam', 'variable "iam" {}\n')],
  },
  cloudformation: {
    good: [auroraClusterCfn('      EnableIAMDatabaseAuthentication: true')],
    bad: [auroraClusterCfn('')],
  },
});
