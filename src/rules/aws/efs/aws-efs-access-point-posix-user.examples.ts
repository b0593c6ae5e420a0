import { defineExamples } from '../../kit/index.js';
import { efsAccessPointCfn, efsAccessPointTf } from '../../kit/aws-data-efs-examples.js';

export default defineExamples({
  terraform: {
    good: [efsAccessPointTf(`  posix_user {
    uid = 1001
    gid = 1001
  }`)],
    bad: [efsAccessPointTf('')],
    unknown: [efsAccessPointTf(`  posix_user {
    uid = var.uid
    gid = 1001
  }`, 'variable "uid" {}\n')],
  },
  cloudformation: {
    good: [efsAccessPointCfn(`      PosixUser:
        Uid: "1001"
        Gid: "1001"`)],
    bad: [efsAccessPointCfn('')],
  },
});
