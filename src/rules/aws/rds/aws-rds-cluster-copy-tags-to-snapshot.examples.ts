import { defineExamples } from '../../kit/index.js';
import { auroraClusterCfn, auroraClusterTf } from '../../kit/aws-data-examples.js';

export default defineExamples({
  terraform: {
    good: [auroraClusterTf('  copy_tags_to_snapshot = true')],
    bad: [auroraClusterTf('')],
    unknown: [auroraClusterTf('  copy_tags_to_snapshot = var.copy', 'variable "copy" {}\n')],
  },
  cloudformation: {
    good: [auroraClusterCfn('      CopyTagsToSnapshot: true')],
    bad: [auroraClusterCfn('      CopyTagsToSnapshot: false')],
  },
});
