import type * as aws from './aws/index.js';
import type * as k8s from './k8s/index.js';
import type * as vuln from './vulnerability.js';

/**
 * Every model type and its property bag. Sources produce these; rules name them in `resourceType`
 * and receive the typed resource. Add a line here when a model file adds a type.
 */
export interface ResourceTypeMap {
  'aws.s3.bucket': aws.S3BucketProperties;
  'aws.s3.account-public-access-block': aws.S3AccountPublicAccessBlockProperties;
  'aws.s3.access-point': aws.S3AccessPointProperties;
  'aws.ec2.security-group': aws.SecurityGroupProperties;
  'aws.ec2.instance': aws.Ec2InstanceProperties;
  'aws.ec2.volume': aws.EbsVolumeProperties;
  'aws.ec2.snapshot': aws.EbsSnapshotProperties;
  'aws.ec2.image': aws.AmiProperties;
  'aws.ec2.ebs-default-encryption': aws.EbsDefaultEncryptionProperties;
  'aws.ec2.vpc': aws.VpcProperties;
  'aws.ec2.subnet': aws.SubnetProperties;
  'aws.ec2.flow-log': aws.FlowLogProperties;
  'aws.ec2.network-acl': aws.NetworkAclProperties;
  'aws.ec2.launch-template': aws.LaunchTemplateProperties;
  'aws.ec2.route-table': aws.RouteTableProperties;
  'aws.ec2.internet-gateway': aws.InternetGatewayProperties;
  'aws.ec2.nat-gateway': aws.NatGatewayProperties;
  'aws.ec2.network-interface': aws.NetworkInterfaceProperties;
  'aws.ec2.vpc-endpoint': aws.VpcEndpointProperties;
  'aws.ec2.vpc-peering-connection': aws.VpcPeeringConnectionProperties;
  'aws.ec2.elastic-ip': aws.ElasticIpProperties;
  'aws.iam.role': aws.IamRoleProperties;
  'aws.iam.user': aws.IamUserProperties;
  'aws.iam.group': aws.IamGroupProperties;
  'aws.iam.policy': aws.IamManagedPolicyProperties;
  'aws.iam.password-policy': aws.IamPasswordPolicyProperties;
  'aws.iam.root-account': aws.IamRootAccountProperties;
  'aws.iam.server-certificate': aws.IamServerCertificateProperties;
  'aws.cloudtrail.trail': aws.CloudTrailTrailProperties;
  'aws.config.recorder': aws.ConfigRecorderProperties;
  'aws.guardduty.detector': aws.GuardDutyDetectorProperties;
  'aws.securityhub.hub': aws.SecurityHubProperties;
  'aws.logs.log-group': aws.LogGroupProperties;
  'aws.accessanalyzer.analyzer': aws.AccessAnalyzerProperties;
  'aws.logs.metric-filter': aws.LogMetricFilterProperties;
  'aws.cloudwatch.alarm': aws.CloudWatchAlarmProperties;
  'aws.config.rule': aws.ConfigRuleProperties;
  'aws.rds.instance': aws.RdsInstanceProperties;
  'aws.rds.cluster': aws.RdsClusterProperties;
  'aws.rds.snapshot': aws.RdsSnapshotProperties;
  'aws.efs.file-system': aws.EfsFileSystemProperties;
  'aws.efs.access-point': aws.EfsAccessPointProperties;
  'aws.kms.key': aws.KmsKeyProperties;
  'aws.dynamodb.table': aws.DynamoDbTableProperties;
  'aws.sns.topic': aws.SnsTopicProperties;
  'aws.sqs.queue': aws.SqsQueueProperties;
  'aws.secretsmanager.secret': aws.SecretProperties;
  'aws.ssm.managed-instance': aws.SsmManagedInstanceProperties;
  'aws.inspector2.coverage': aws.Inspector2CoverageProperties;
  'aws.lambda.function': aws.LambdaFunctionProperties;
  'aws.lambda.function-url': aws.LambdaFunctionUrlProperties;
  'aws.eks.cluster': aws.EksClusterProperties;
  'aws.ecr.repository': aws.EcrRepositoryProperties;
  'aws.elbv2.load-balancer': aws.LoadBalancerProperties;
  'aws.elbv2.listener': aws.ListenerProperties;
  'aws.wafv2.web-acl-association': aws.WebAclAssociationProperties;
  'aws.ecr.image': aws.EcrImageProperties;
  'aws.shield.subscription': aws.ShieldSubscriptionProperties;
  'aws.shield.protection': aws.ShieldProtectionProperties;
  'aws.cloudfront.distribution': aws.CloudFrontDistributionProperties;
  'aws.route53.hosted-zone': aws.HostedZoneProperties;
  'aws.elb.load-balancer': aws.ClassicLoadBalancerProperties;
  'aws.apigateway.rest-api': aws.ApiGatewayRestApiProperties;
  'aws.apigateway.http-api': aws.ApiGatewayHttpApiProperties;
  'aws.apigateway.domain-name': aws.ApiGatewayDomainNameProperties;
  'aws.sts.caller-identity': aws.CallerIdentityProperties;
  'aws.organizations.account': aws.OrganizationsAccountProperties;
  'aws.organizations.unit': aws.OrganizationsUnitProperties;
  'aws.organizations.scp': aws.OrganizationsScpProperties;
  'aws.ecs.task-definition': aws.EcsTaskDefinitionProperties;
  'aws.ecs.cluster': aws.EcsClusterProperties;
  'aws.ecs.service': aws.EcsServiceProperties;
  'aws.backup.vault': aws.BackupVaultProperties;
  'aws.backup.plan': aws.BackupPlanProperties;
  'aws.backup.region': aws.BackupRegionProperties;
  'vulnerability.finding': vuln.VulnerabilityFindingProperties;
  'k8s.workload': k8s.K8sWorkloadProperties;
  'k8s.namespace': k8s.K8sNamespaceProperties;
  'k8s.network-policy': k8s.K8sNetworkPolicyProperties;
  'k8s.service': k8s.K8sServiceProperties;
  'k8s.service-account': k8s.K8sServiceAccountProperties;
  'k8s.role': k8s.K8sRoleProperties;
  'k8s.cluster-role': k8s.K8sRoleProperties;
  'k8s.role-binding': k8s.K8sRoleBindingProperties;
  'k8s.cluster-role-binding': k8s.K8sRoleBindingProperties;
}

export type ResourceType = keyof ResourceTypeMap;

import type { Resource } from './core/index.js';
/** The typed resource of a model type. */
export type ModelResource<T extends ResourceType> = Resource<T, ResourceTypeMap[T]>;
