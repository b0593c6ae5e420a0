import { defineExamples } from '../../kit/index.js';
import { cfnElb, tfElb } from '../../kit/aws-network-dns-elb-examples.js';

export default defineExamples({
  terraform: {
    good: [tfElb()],
    bad: [tfElb({ draining: false }), tfElb().replace('  connection_draining       = true\n', '')],
    unknown: [`variable "drain" {}\n\n${tfElb().replace('connection_draining       = true', 'connection_draining       = var.drain')}`],
  },
  cloudformation: { good: [cfnElb()], bad: [cfnElb({ draining: false })] },
});
