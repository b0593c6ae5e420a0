import { defineExamples } from '../../kit/index.js';
import { accessPointCfn, accessPointTf } from '../../kit/aws-data-examples.js';

export default defineExamples({
  terraform: {
    // All four switches are on by default.
    good: [accessPointTf('')],
    bad: [accessPointTf(`  public_access_block_configuration {
    block_public_acls       = true
    block_public_policy     = false
    ignore_public_acls      = true
    restrict_public_buckets = false
  }`)],
    unknown: [accessPointTf(`  public_access_block_configuration {
    block_public_acls       = true
    block_public_policy     = var.block
    ignore_public_acls      = true
    restrict_public_buckets = true
  }`, 'variable "block" {}\n')],
  },
  cloudformation: {
    good: [accessPointCfn('')],
    bad: [accessPointCfn(`      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        IgnorePublicAcls: true`)],
  },
});
