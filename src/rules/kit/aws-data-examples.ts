/** Terraform and CloudFormation skeletons of the data services for rule examples: a resource plus the lines under test. */

/** A standalone PostgreSQL `aws_db_instance`, with `extra` attribute lines. */
export const rdsInstanceTf = (extra: string, head = '') => `${head}resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.t4g.micro"
  allocated_storage           = 20
  username                    = "app_owner"
  manage_master_user_password = true
${extra}
}`;

/** A standalone PostgreSQL `AWS::RDS::DBInstance`, with `extra` property lines (six spaces in). */
export const rdsInstanceCfn = (extra: string) => `Resources:
  AppDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      AllocatedStorage: "20"
      MasterUsername: app_owner
      ManageMasterUserPassword: true
${extra}
`;

/** An `aws_dynamodb_table` with a one-attribute key, plus `extra` lines. */
export const dynamoTableTf = (extra: string, head = '') => `${head}resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  attribute {
    name = "pk"
    type = "S"
  }
${extra}
}`;

/** An `AWS::DynamoDB::Table` with a one-attribute key, plus `extra` property lines (six spaces in). */
export const dynamoTableCfn = (extra: string) => `Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
${extra}
`;

/** An Aurora MySQL `aws_rds_cluster`, with `extra` attribute lines. */
export const auroraClusterTf = (extra: string, head = '') => `${head}resource "aws_rds_cluster" "app" {
  cluster_identifier          = "app"
  engine                      = "aurora-mysql"
  master_username             = "app_owner"
  manage_master_user_password = true
  storage_encrypted           = true
${extra}
}`;

/** An Aurora MySQL `AWS::RDS::DBCluster`, with `extra` property lines (six spaces in). */
export const auroraClusterCfn = (extra: string) => `Resources:
  AppCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      MasterUsername: app_owner
      ManageMasterUserPassword: true
      StorageEncrypted: true
${extra}
`;

/** A bucket with an `aws_s3_access_point` (`extra` lines inside it) and `after` resources. */
export const accessPointTf = (extra: string, head = '', after = '') => `${head}resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}
resource "aws_s3_access_point" "analytics" {
  bucket = aws_s3_bucket.data.id
  name   = "analytics"
${extra}
}
${after}`;

/** A bucket with an `AWS::S3::AccessPoint`, plus `extra` property lines (six spaces in). */
export const accessPointCfn = (extra: string) => `Resources:
  Data:
    Type: AWS::S3::Bucket
  Analytics:
    Type: AWS::S3::AccessPoint
    Properties:
      Bucket: !Ref Data
      Name: analytics
${extra}
`;
