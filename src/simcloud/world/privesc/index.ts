/**
 * The privilege-escalation world: one account holding, for every technique the identity graph knows, a user
 * that can use it and a near-miss twin that cannot (see `cases.ts`), and the targets they aim at:
 * administrator roles trusted by each service that runs code (`pe-admin-<service>`), a plain role and group
 * (nothing granted, to be rewritten), an administrators group, administrator users with and without a console
 * password, a Lambda function and an instance that run as administrator roles.
 */
import type { WorldInput } from '../schema.js';
import { ACCOUNT, CASES, REGION, doc, type CaseUser } from './cases.js';

export { ACCOUNT, CASES, REGION, type PrivescCase } from './cases.js';

const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const admin = [{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN_ARN }];
const trustService = (service: string) => doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' });
const SERVICES = ['ec2', 'lambda', 'glue', 'cloudformation', 'datapipeline', 'codebuild', 'sagemaker', 'ecs'] as const;
const principal = (name: string) => (name === 'ecs' ? 'ecs-tasks.amazonaws.com' : `${name}.amazonaws.com`);

function userInput(name: string, u: CaseUser): Record<string, unknown> {
  return {
    UserName: name,
    CreateDate: '2026-01-01T00:00:00Z',
    UserPolicyList: u.policies.map((statements, i) => ({ PolicyName: `grant-${i}`, PolicyDocument: doc(...statements) })),
    GroupList: [...(u.groups ?? [])],
    AttachedManagedPolicies: (u.attached ?? []).map((arn) => ({ PolicyName: arn.split('/').pop(), PolicyArn: arn })),
    ...(u.boundary ? { PermissionsBoundary: { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: u.boundary } } : {}),
  };
}

export function privescWorld(): WorldInput {
  const users = CASES.flatMap((c) => [userInput(`pe-${c.technique}`, c.can), userInput(`pe-${c.technique}-twin`, c.twin)]);
  return {
    regions: [REGION, 'us-east-1'],
    accounts: [{
      id: ACCOUNT,
      name: 'privesc-lab',
      enabledRegions: [REGION, 'us-east-1'],
      services: {
        iam: {
          Users: [
            ...users,
            { UserName: 'pe-target-admin', CreateDate: '2025-01-01T00:00:00Z', LoginProfile: { CreateDate: '2025-01-01T00:00:00Z' }, AttachedManagedPolicies: admin },
            { UserName: 'pe-target-nopassword', CreateDate: '2025-01-01T00:00:00Z', AttachedManagedPolicies: admin },
          ],
          Groups: [
            { GroupName: 'pe-plain' },
            { GroupName: 'pe-other-group' },
            { GroupName: 'pe-admins', AttachedManagedPolicies: admin },
          ],
          Roles: [
            ...SERVICES.map((s) => ({
              RoleName: `pe-admin-${s}`, AssumeRolePolicyDocument: trustService(principal(s)), AttachedManagedPolicies: admin,
              ...(s === 'ec2' ? { InstanceProfileList: [{ InstanceProfileName: 'pe-admin-ec2' }] } : {}),
            })),
            { RoleName: 'pe-plain-role', AssumeRolePolicyDocument: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }) },
          ],
          Policies: [
            { PolicyName: 'pe-self-policy', Document: doc({ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }) },
            { PolicyName: 'pe-boundary', Document: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }) },
          ],
          Root: { MFA: 'hardware', AccessKeys: [] },
        },
      },
      regions: {
        [REGION]: {
          lambda: { Functions: [{ FunctionName: 'pe-admin-fn', Runtime: 'python3.12', Role: `arn:aws:iam::${ACCOUNT}:role/pe-admin-lambda` }] },
          ec2: {
            Vpcs: [{ VpcId: 'vpc-pe', CidrBlock: '10.60.0.0/16', IsDefault: false, State: 'available' }],
            Subnets: [{ SubnetId: 'subnet-pe', VpcId: 'vpc-pe', CidrBlock: '10.60.1.0/24', AvailabilityZone: `${REGION}a`, MapPublicIpOnLaunch: false }],
            SecurityGroups: [{ GroupId: 'sg-pe', GroupName: 'pe', Description: 'no ingress', VpcId: 'vpc-pe', IpPermissions: [], IpPermissionsEgress: [] }],
            Instances: [{
              InstanceId: 'i-0peadmin000000001', ImageId: 'ami-0pe0000000000001', InstanceType: 't3.micro', SubnetId: 'subnet-pe', VpcId: 'vpc-pe',
              MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
              IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/pe-admin-ec2`, Id: 'AIPAPEADMIN' },
              SecurityGroups: [{ GroupId: 'sg-pe', GroupName: 'pe' }], Tags: [{ Key: 'Name', Value: 'pe-admin-host' }],
            }],
          },
        },
      },
    }],
  };
}
