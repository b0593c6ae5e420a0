import { defineExamples } from '../../kit/index.js';
import { backupVaultCfn, backupVaultTf } from '../../kit/aws-ecs-examples.js';

const tfPolicy = (effect: string, head = '', principal = '"*"') => `${head}${backupVaultTf('')}
resource "aws_backup_vault_policy" "main" {
  backup_vault_name = aws_backup_vault.main.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "${effect}", Principal = ${principal}, Action = ["backup:DeleteRecoveryPoint"], Resource = "*" }]
  })
}`;

export default defineExamples({
  terraform: {
    good: [tfPolicy('Deny'), backupVaultTf('')],
    bad: [tfPolicy('Allow')],
    unknown: [tfPolicy('Allow', 'variable "who" {\n  type = string\n}\n', 'var.who')],
  },
  cloudformation: {
    good: [
      backupVaultCfn(`      AccessPolicy:
        Version: "2012-10-17"
        Statement:
          - { Effect: Deny, Principal: "*", Action: backup:DeleteRecoveryPoint, Resource: "*" }`),
    ],
    bad: [
      backupVaultCfn(`      AccessPolicy:
        Version: "2012-10-17"
        Statement:
          - { Sid: cleanup, Effect: Allow, Principal: { AWS: "*" }, Action: "backup:*", Resource: "*" }`),
    ],
  },
});
