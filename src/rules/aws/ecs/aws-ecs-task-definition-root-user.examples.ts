import { defineExamples } from '../../kit/index.js';
import { ecsTaskCfn, ecsTaskTf } from '../../kit/aws-ecs-examples.js';

export default defineExamples({
  terraform: {
    good: [ecsTaskTf('    user = "1000:1000"')],
    bad: [ecsTaskTf(''), ecsTaskTf('    user = "root"'), ecsTaskTf('    user = "0:0"')],
    unknown: [ecsTaskTf('    user = var.user', '', 'variable "user" {\n  type = string\n}\n')],
  },
  cloudformation: {
    good: [ecsTaskCfn('          User: "1000"')],
    bad: [ecsTaskCfn(''), ecsTaskCfn('          User: root')],
  },
});
