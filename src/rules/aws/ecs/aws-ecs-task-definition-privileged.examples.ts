import { defineExamples } from '../../kit/index.js';
import { ecsTaskCfn, ecsTaskTf } from '../../kit/aws-ecs-examples.js';

export default defineExamples({
  terraform: {
    good: [ecsTaskTf('    privileged = false'), ecsTaskTf('')],
    bad: [ecsTaskTf('    privileged = true')],
    unknown: [ecsTaskTf('    privileged = var.debug', '', 'variable "debug" {\n  type = bool\n}\n')],
  },
  cloudformation: {
    good: [ecsTaskCfn('          Privileged: false')],
    bad: [ecsTaskCfn('          Privileged: true')],
    unknown: [`Parameters:
  Debug:
    Type: String
${ecsTaskCfn('          Privileged: !Ref Debug')}`],
  },
});
