import { defineExamples } from '../../kit/index.js';
import { cfnElb, tfElb } from '../../kit/aws-network-dns-elb-examples.js';

export default defineExamples({
  terraform: {
    // The provider turns cross-zone balancing on when the argument is absent.
    good: [tfElb(), tfElb().replace('  cross_zone_load_balancing = true\n', '')],
    bad: [tfElb({ crossZone: false })],
    unknown: [`variable "cross_zone" {}\n\n${tfElb().replace('cross_zone_load_balancing = true', 'cross_zone_load_balancing = var.cross_zone')}`],
  },
  // CloudFormation leaves it off when CrossZone is absent.
  cloudformation: { good: [cfnElb()], bad: [cfnElb({ crossZone: false }), cfnElb().replace('      CrossZone: true\n', '')] },
});
