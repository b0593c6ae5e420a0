import { defineExamples } from '../../kit/index.js';
import { rdsInstanceCfn, rdsInstanceTf } from '../../kit/aws-data-examples.js';

export default defineExamples({
  terraform: {
    good: [rdsInstanceTf(`  storage_encrypted = true
  kms_key_id        = aws_kms_key.rds.arn`, `resource "aws_kms_key" "rds" {
  description         = "databases"
  enable_key_rotation = true
}
`)],
    bad: [rdsInstanceTf('  storage_encrypted = true')],
    unknown: [rdsInstanceTf(`  storage_encrypted = true
  kms_key_id        = var.key`, 'variable "key" {}\n')],
  },
  cloudformation: {
    good: [rdsInstanceCfn(`      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`)],
    bad: [rdsInstanceCfn('      StorageEncrypted: true')],
  },
});
