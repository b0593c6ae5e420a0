import { defineExamples } from '../../kit/index.js';
import { ecsTaskCfn, ecsTaskTf } from '../../kit/aws-ecs-examples.js';

export default defineExamples({
  terraform: {
    good: [ecsTaskTf('    linuxParameters = { capabilities = { add = ["NET_BIND_SERVICE"], drop = ["ALL"] } }'), ecsTaskTf('')],
    bad: [ecsTaskTf('    linuxParameters = { capabilities = { add = ["SYS_ADMIN"] } }'), ecsTaskTf('    linuxParameters = { capabilities = { add = ["NET_ADMIN", "SYS_PTRACE"] } }')],
    unknown: [ecsTaskTf('    linuxParameters = { capabilities = { add = var.caps } }', '', 'variable "caps" {\n  type = list(string)\n}\n')],
  },
  cloudformation: {
    good: [ecsTaskCfn(`          LinuxParameters:
            Capabilities:
              Drop: [ALL]`)],
    bad: [ecsTaskCfn(`          LinuxParameters:
            Capabilities:
              Add: [SYS_ADMIN]`)],
  },
});
