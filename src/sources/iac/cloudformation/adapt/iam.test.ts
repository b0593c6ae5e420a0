import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pick, scan, view } from '../test-support.js';

const IAM = `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app
      AssumeRolePolicyDocument:
        Statement:
          - {Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: "sts:AssumeRole"}
      Policies:
        - PolicyName: inline
          PolicyDocument:
            Statement: {Effect: Allow, Action: "s3:*", Resource: "*"}
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess, !Ref Managed]
      PermissionsBoundary: !Ref Boundary
      MaxSessionDuration: 7200
  Managed:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement: [{Effect: Allow, Action: "ec2:Describe*", Resource: "*"}]
      Users: [!Ref Alice]
  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: boundary
      PolicyDocument: '{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}'
  Extra:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: extra
      Roles: [app]
      Groups: [!Ref Admins]
      PolicyDocument:
        Statement: [{Effect: Allow, Action: "iam:PassRole", Resource: "*"}]
  Alice:
    Type: AWS::IAM::User
    Properties:
      UserName: alice
      LoginProfile: {Password: "not-a-real-one"}
      Groups: [admins]
  AliceKey:
    Type: AWS::IAM::AccessKey
    Properties: {UserName: !Ref Alice, Status: Inactive}
  Admins:
    Type: AWS::IAM::Group
    Properties: {GroupName: admins}
  Bob:
    Type: AWS::IAM::User
  BobToAdmins:
    Type: AWS::IAM::UserToGroupAddition
    Properties: {GroupName: !Ref Admins, Users: [!Ref Bob]}
`;

test('roles: trust policy, inline policies (own and joined), managed policies, boundary', () => {
  const { resources, errors } = scan(IAM);
  assert.deepEqual(errors, []);
  const role = pick(resources, 'AppRole', 'aws.iam.role');
  const p = role.properties;
  assert.equal(role.name, 'app');
  assert.deepEqual(p.trustPolicy.value?.Statement[0]?.Principal, { Service: 'ec2.amazonaws.com' });
  assert.equal(view(p.trustPolicy).lines, '6-8');
  const inline = p.inlinePolicies.value!;
  assert.deepEqual(inline.map((i) => i.name.value), ['inline', 'extra']);
  assert.equal(inline[0]!.document.value?.Statement.length, 1, 'a single Statement object becomes a list');
  assert.equal(inline[1]!.source.kind === 'iac' && inline[1]!.source.startLine, 27);
  assert.deepEqual(p.attachedPolicies.value, ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'template.yaml#Managed']);
  assert.equal(p.permissionsBoundary.value, 'template.yaml#Boundary');
  assert.equal(p.maxSessionDurationSeconds.value, 7200);
  assert.equal(p.path.kind, 'default');
});

test('users: console password, groups by name and by addition, access keys; groups get joined policies', () => {
  const { resources } = scan(IAM);
  const alice = pick(resources, 'Alice', 'aws.iam.user').properties;
  assert.deepEqual(view(alice.hasConsolePassword), { kind: 'explicit', value: true, lines: '39-39' });
  assert.deepEqual(alice.groups.value, ['template.yaml#Admins']);
  assert.deepEqual(alice.attachedPolicies.value, ['template.yaml#Managed']);
  assert.equal(alice.accessKeys.value?.length, 1);
  assert.equal(alice.accessKeys.value?.[0]?.status.value, 'Inactive');
  const bob = pick(resources, 'Bob', 'aws.iam.user').properties;
  assert.deepEqual(bob.groups.value, ['template.yaml#Admins']);
  assert.equal(bob.hasConsolePassword.value, false);
  assert.equal(bob.accessKeys.kind, 'default');
  const admins = pick(resources, 'Admins', 'aws.iam.group').properties;
  assert.deepEqual(admins.inlinePolicies.value?.map((i) => i.name.value), ['extra']);
});

test('managed policies: document (also as a JSON string), attachments, customer-managed', () => {
  const { resources } = scan(IAM);
  const m = pick(resources, 'Managed', 'aws.iam.policy').properties;
  assert.equal(m.attachmentCount.value, 2);
  assert.equal(m.awsManaged.value, false);
  assert.equal(m.document.value?.Statement[0]?.Action, 'ec2:Describe*');
  const b = pick(resources, 'Boundary', 'aws.iam.policy');
  assert.equal(b.name, 'boundary');
  assert.equal(b.properties.document.value?.Statement[0]?.Action, '*');
});

test('a trust policy with a parameter principal is unknown; one with the account id keeps a placeholder', () => {
  const { resources } = scan(`Parameters:
  Who: {Type: String}
Resources:
  A:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {AWS: !Ref Who}, Action: "sts:AssumeRole"}]
  B:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {AWS: !Sub "arn:aws:iam::\${AWS::AccountId}:root"}, Action: "sts:AssumeRole"}]
`);
  assert.equal(pick(resources, 'A', 'aws.iam.role').properties.trustPolicy.kind, 'unresolvable');
  assert.deepEqual(pick(resources, 'B', 'aws.iam.role').properties.trustPolicy.value?.Statement[0]?.Principal, { AWS: 'arn:aws:iam::${AWS::AccountId}:root' });
});

test('roles list the instance profiles of the template that carry them (by Ref or by name)', () => {
  const { resources, errors } = scan(`Resources:
  Web:
    Type: AWS::IAM::Role
    Properties:
      RoleName: web
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: "sts:AssumeRole"}]
  Batch:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: "sts:AssumeRole"}]
  WebProfile:
    Type: AWS::IAM::InstanceProfile
    Properties: {Roles: [!Ref Web]}
  WebProfileByName:
    Type: AWS::IAM::InstanceProfile
    Properties: {InstanceProfileName: legacy, Roles: [web]}
  Host:
    Type: AWS::EC2::Instance
    Properties: {ImageId: ami-12345678, IamInstanceProfile: !Ref WebProfile}
`);
  assert.deepEqual(errors, []);
  const web = pick(resources, 'Web', 'aws.iam.role').properties.instanceProfiles!;
  assert.deepEqual(view(web), { kind: 'explicit', value: ['template.yaml#WebProfile', 'template.yaml#WebProfileByName'], lines: '13-15' });
  const batch = pick(resources, 'Batch', 'aws.iam.role').properties.instanceProfiles!;
  assert.deepEqual([batch.kind, batch.value], ['default', []]);
  assert.equal(pick(resources, 'Host', 'aws.ec2.instance').properties.iamInstanceProfile.value, 'template.yaml#WebProfile', 'the instance names the profile by the same uid');
});
