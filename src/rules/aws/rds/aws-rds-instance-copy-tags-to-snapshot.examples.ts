import { defineExamples } from '../../kit/index.js';
import { rdsInstanceCfn, rdsInstanceTf } from '../../kit/aws-data-examples.js';

export default defineExamples({
  terraform: {
    good: [rdsInstanceTf('  copy_tags_to_snapshot = true')],
    bad: [rdsInstanceTf('')],
    unknown: [rdsInstanceTf('  copy_tags_to_snapshot = var.copy', 'variable "copy" {}\n')],
  },
  cloudformation: {
    good: [rdsInstanceCfn('      CopyTagsToSnapshot: true')],
    bad: [rdsInstanceCfn('')],
  },
});
