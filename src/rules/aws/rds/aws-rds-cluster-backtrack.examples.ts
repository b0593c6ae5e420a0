import { defineExamples } from '../../kit/index.js';
import { auroraClusterCfn, auroraClusterTf } from '../../kit/aws-data-examples.js';

export default defineExamples({
  terraform: {
    good: [auroraClusterTf('  backtrack_window = 86400')],
    bad: [auroraClusterTf(''), auroraClusterTf('  backtrack_window = 0')],
    unknown: [auroraClusterTf('  backtrack_window = var.window', 'variable "window" {}\n')],
  },
  cloudformation: {
    good: [auroraClusterCfn('      BacktrackWindow: 86400')],
    bad: [auroraClusterCfn('')],
  },
});
