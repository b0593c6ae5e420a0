import { defineExamples } from '../../kit/index.js';

const tf = (extra: string, head = '') => `${head}resource "aws_rds_cluster" "app" {
  cluster_identifier          = "app"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
${extra}
}`;

const cfn = (extra: string) => `Resources:
  AppCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: app
      ManageMasterUserPassword: true
${extra}
`;

export default defineExamples({
  terraform: {
    good: [tf(`  deletion_protection         = true`)],
    bad: [tf(`  deletion_protection         = false`)],
    unknown: [tf(`  deletion_protection         = var.setting`, 'variable "setting" {}\n')],
  },
  cloudformation: {
    good: [cfn(`      DeletionProtection: true`)],
    bad: [cfn(`      DeletionProtection: false`)],
  },
});
