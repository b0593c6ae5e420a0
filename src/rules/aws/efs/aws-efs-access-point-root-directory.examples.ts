import { defineExamples } from '../../kit/index.js';
import { efsAccessPointCfn, efsAccessPointTf } from '../../kit/aws-data-efs-examples.js';

export default defineExamples({
  terraform: {
    good: [efsAccessPointTf(`  root_directory {
    path = "/app"
  }`)],
    bad: [efsAccessPointTf(''), efsAccessPointTf(`  root_directory {
    path = "/"
  }`)],
    unknown: [efsAccessPointTf(`  root_directory {
    path = var.root
  }`, 'variable "root" {}\n')],
  },
  cloudformation: {
    good: [efsAccessPointCfn(`      RootDirectory:
        Path: /app`)],
    bad: [efsAccessPointCfn('')],
  },
});
