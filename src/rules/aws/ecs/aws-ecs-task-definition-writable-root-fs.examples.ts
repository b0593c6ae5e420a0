import { defineExamples } from '../../kit/index.js';
import { ecsTaskCfn, ecsTaskTf } from '../../kit/aws-ecs-examples.js';

export default defineExamples({
  terraform: {
    good: [ecsTaskTf('    readonlyRootFilesystem = true')],
    bad: [ecsTaskTf(''), ecsTaskTf('    readonlyRootFilesystem = false')],
    unknown: [ecsTaskTf('    readonlyRootFilesystem = var.ro', '', 'variable "ro" {\n  type = bool\n}\n')],
  },
  cloudformation: {
    good: [ecsTaskCfn('          ReadonlyRootFilesystem: true')],
    bad: [ecsTaskCfn('')],
  },
});
