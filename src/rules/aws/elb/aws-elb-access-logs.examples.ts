import { defineExamples } from '../../kit/index.js';
import { cfnElb, tfElb } from '../../kit/aws-network-dns-elb-examples.js';

export default defineExamples({
  terraform: {
    good: [tfElb()],
    bad: [tfElb({ accessLogs: false }), tfElb().replace('enabled = true', 'enabled = false')],
    unknown: [`variable "logs" {}\n\n${tfElb().replace('enabled = true', 'enabled = var.logs')}`],
  },
  cloudformation: { good: [cfnElb()], bad: [cfnElb({ accessLogs: false })] },
});
