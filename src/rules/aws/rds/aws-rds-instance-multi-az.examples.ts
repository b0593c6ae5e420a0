import { defineExamples } from '../../kit/index.js';

const tf = (extra: string, head = '') => `${head}resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
${extra}
}`;

const cfn = (extra: string) => `Resources:
  AppDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      AllocatedStorage: "20"
      MasterUsername: app
      ManageMasterUserPassword: true
${extra}
`;

export default defineExamples({
  terraform: {
    good: [tf(`  multi_az                    = true`)],
    bad: [tf(`  multi_az                    = false`)],
    unknown: [tf(`  multi_az                    = var.setting`, 'variable "setting" {}\n')],
  },
  cloudformation: {
    good: [cfn(`      MultiAZ: true`)],
    bad: [cfn(`      MultiAZ: false`)],
  },
});
