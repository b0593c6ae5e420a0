import { defineExamples } from '../../kit/index.js';
import { dynamoTableCfn, dynamoTableTf } from '../../kit/aws-data-examples.js';

export default defineExamples({
  terraform: {
    good: [dynamoTableTf('  deletion_protection_enabled = true')],
    bad: [dynamoTableTf('')],
    unknown: [dynamoTableTf('  deletion_protection_enabled = var.protect', 'variable "protect" {}\n')],
  },
  cloudformation: {
    good: [dynamoTableCfn('      DeletionProtectionEnabled: true')],
    bad: [dynamoTableCfn('      DeletionProtectionEnabled: false')],
  },
});
