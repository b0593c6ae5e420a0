import type { Adapter } from './context.js';
import { s3AccessPoint, s3Bucket } from './s3.js';
import { securityGroup } from './security-group.js';
import { ebsVolume, ec2Instance, launchTemplate } from './ec2.js';
import { elasticIp, flowLog, networkAcl, subnet, vpc, vpcPeeringConnection } from './vpc.js';
import { iamGroup, iamManagedPolicy, iamRole, iamUser } from './iam.js';
import { iamServerCertificate } from './iam-certificates.js';
import { cloudTrail, configRecorder, guardDuty, logGroup, securityHub } from './monitoring.js';
import { dynamoTable, efsAccessPoint, efsFileSystem, kmsKey, rdsCluster, rdsInstance, secret, snsTopic, sqsQueue } from './data.js';
import { lambdaFunction, lambdaUrl } from './lambda.js';
import { apiGatewayDomainName, apiGatewayV2DomainName, ecrRepository, eksCluster, listener, loadBalancer, webAclAssociation } from './edge.js';
import { cloudFrontDistribution } from './cloudfront.js';
import { classicLoadBalancer, hostedZone } from './dns-elb.js';
import { internetGateway, routeTable, vpcEndpoint } from './vpc-routing.js';
import { httpApi, restApi } from './apigateway.js';
import { ecsCluster, ecsService, ecsTaskDefinition } from './containers.js';
import { backupPlan, backupVault } from './backup.js';

/** CloudFormation type → the adapter that makes its model resource. */
export const ADAPTERS: Readonly<Record<string, Adapter>> = {
  'AWS::S3::Bucket': s3Bucket,
  'AWS::S3::AccessPoint': s3AccessPoint,
  'AWS::EC2::SecurityGroup': securityGroup,
  'AWS::EC2::Instance': ec2Instance,
  'AWS::EC2::LaunchTemplate': launchTemplate,
  'AWS::EC2::Volume': ebsVolume,
  'AWS::EC2::VPC': vpc,
  'AWS::EC2::Subnet': subnet,
  'AWS::EC2::FlowLog': flowLog,
  'AWS::EC2::NetworkAcl': networkAcl,
  'AWS::EC2::VPCPeeringConnection': vpcPeeringConnection,
  'AWS::EC2::EIP': elasticIp,
  'AWS::EC2::RouteTable': routeTable,
  'AWS::EC2::InternetGateway': internetGateway,
  'AWS::EC2::VPCEndpoint': vpcEndpoint,
  'AWS::IAM::Role': iamRole,
  'AWS::IAM::User': iamUser,
  'AWS::IAM::Group': iamGroup,
  'AWS::IAM::ManagedPolicy': iamManagedPolicy,
  'AWS::IAM::ServerCertificate': iamServerCertificate,
  'AWS::KMS::Key': kmsKey,
  'AWS::CloudTrail::Trail': cloudTrail,
  'AWS::Config::ConfigurationRecorder': configRecorder,
  'AWS::GuardDuty::Detector': guardDuty,
  'AWS::SecurityHub::Hub': securityHub,
  'AWS::Logs::LogGroup': logGroup,
  'AWS::RDS::DBInstance': rdsInstance,
  'AWS::RDS::DBCluster': rdsCluster,
  'AWS::EFS::FileSystem': efsFileSystem,
  'AWS::EFS::AccessPoint': efsAccessPoint,
  'AWS::DynamoDB::Table': dynamoTable,
  'AWS::SNS::Topic': snsTopic,
  'AWS::SQS::Queue': sqsQueue,
  'AWS::SecretsManager::Secret': secret,
  'AWS::Lambda::Function': lambdaFunction,
  'AWS::Lambda::Url': lambdaUrl,
  'AWS::EKS::Cluster': eksCluster,
  'AWS::ECR::Repository': ecrRepository,
  'AWS::ElasticLoadBalancingV2::LoadBalancer': loadBalancer,
  'AWS::ElasticLoadBalancingV2::Listener': listener,
  'AWS::WAFv2::WebACLAssociation': webAclAssociation,
  'AWS::ApiGateway::DomainName': apiGatewayDomainName,
  'AWS::ApiGatewayV2::DomainName': apiGatewayV2DomainName,
  'AWS::CloudFront::Distribution': cloudFrontDistribution,
  'AWS::Route53::HostedZone': hostedZone,
  'AWS::ElasticLoadBalancing::LoadBalancer': classicLoadBalancer,
  'AWS::ApiGateway::RestApi': restApi,
  'AWS::ApiGatewayV2::Api': httpApi,
  'AWS::ECS::TaskDefinition': ecsTaskDefinition,
  'AWS::ECS::Cluster': ecsCluster,
  'AWS::ECS::Service': ecsService,
  'AWS::Backup::BackupVault': backupVault,
  'AWS::Backup::BackupPlan': backupPlan,
};

/**
 * Types read only as part of another resource (joined onto it), never adapted on their own.
 * Kept as data so a test can tell "joined" from "not supported".
 */
export const JOINED_TYPES: readonly string[] = [
  'AWS::S3::BucketPolicy',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::SecurityGroupEgress',
  'AWS::EC2::NetworkAclEntry',
  'AWS::EC2::SubnetNetworkAclAssociation',
  'AWS::EC2::EIPAssociation',
  'AWS::EC2::Route',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::ApiGateway::Stage',
  'AWS::ApiGateway::Method',
  'AWS::ApiGateway::Resource',
  'AWS::ApiGateway::Authorizer',
  'AWS::ApiGatewayV2::Stage',
  'AWS::ApiGatewayV2::Route',
  'AWS::EC2::VolumeAttachment',
  'AWS::IAM::Policy',
  'AWS::IAM::RolePolicy',
  'AWS::IAM::UserPolicy',
  'AWS::IAM::GroupPolicy',
  'AWS::IAM::UserToGroupAddition',
  'AWS::IAM::AccessKey',
  'AWS::IAM::VirtualMFADevice',
  'AWS::SNS::TopicPolicy',
  'AWS::SQS::QueuePolicy',
  'AWS::SecretsManager::RotationSchedule',
  'AWS::SecretsManager::ResourcePolicy',
  'AWS::Lambda::Permission',
  'AWS::SecurityHub::Standard',
  'AWS::Backup::BackupSelection',
];
