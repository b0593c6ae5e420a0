/**
 * The AWS-managed policies simcloud ships: the handful worlds attach. Documents are written for simcloud in
 * the shape AWS uses for these policies (the real ReadOnlyAccess lists hundreds of services; ours lists a
 * representative subset, which is enough for rules that look for admin or write access).
 */
import type { ManagedPolicyState } from './types.js';

const CREATED = '2015-02-06T18:39:46Z';

function awsPolicy(name: string, id: string, description: string, updated: string, version: string, document: object): ManagedPolicyState {
  return {
    PolicyName: name,
    PolicyId: id,
    Arn: `arn:aws:iam::aws:policy/${name}`,
    Path: '/',
    DefaultVersionId: version,
    Description: description,
    IsAttachable: true,
    CreateDate: CREATED,
    UpdateDate: updated,
    PolicyVersionList: [{ VersionId: version, Document: JSON.stringify(document), IsDefaultVersion: true, CreateDate: updated }],
  };
}

const READ_ONLY_SERVICES = ['acm', 'apigateway', 'autoscaling', 'cloudformation', 'cloudfront', 'cloudtrail', 'cloudwatch', 'config', 'dynamodb', 'ec2', 'ecr', 'ecs', 'eks', 'elasticloadbalancing', 'guardduty', 'iam', 'kms', 'lambda', 'logs', 'organizations', 'rds', 'route53', 's3', 'secretsmanager', 'securityhub', 'sns', 'sqs', 'ssm', 'sts'];

/** Built-in AWS-managed policies, by name. */
export function builtinAwsManagedPolicies(): ManagedPolicyState[] {
  return [
    awsPolicy('AdministratorAccess', 'ANPAIWMBCKSKIEE64ZLYK', 'Provides full access to AWS services and resources.', CREATED, 'v1', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    }),
    awsPolicy('PowerUserAccess', 'ANPAJYRXTHIB4FOVS3ZXS', 'Provides full access to AWS services and resources, but does not allow management of Users and groups.', '2023-07-06T22:04:00Z', 'v5', {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
        {
          Effect: 'Allow',
          Action: ['account:GetAccountInformation', 'account:ListRegions', 'iam:CreateServiceLinkedRole', 'iam:DeleteServiceLinkedRole', 'iam:ListRoles', 'organizations:DescribeOrganization'],
          Resource: '*',
        },
      ],
    }),
    awsPolicy('ReadOnlyAccess', 'ANPAILL3HVNFSB6DCOWYQ', 'Provides read-only access to AWS services and resources.', '2024-02-20T18:19:00Z', 'v110', {
      Version: '2012-10-17',
      Statement: [{ Sid: 'ReadOnlyActions', Effect: 'Allow', Action: READ_ONLY_SERVICES.flatMap((s) => [`${s}:Describe*`, `${s}:Get*`, `${s}:List*`]), Resource: '*' }],
    }),
    awsPolicy('AWSSupportAccess', 'ANPAJSNKQX2OW67GF4S7E', 'Allows users to access the AWS Support Center.', CREATED, 'v1', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['support:*'], Resource: '*' }],
    }),
    awsPolicy('AWSCloudShellFullAccess', 'ANPAJXVFPDLOUWOPSTXKQ', 'Grants full access to AWS CloudShell, including file upload and download.', '2020-12-15T18:00:00Z', 'v1', {
      Version: '2012-10-17',
      Statement: [{ Action: ['cloudshell:*'], Effect: 'Allow', Resource: '*' }],
    }),
  ];
}
