import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pick, scan, view } from '../test-support.js';

test('Lambda: properties, permissions joined as policy statements with conditions, function URLs', () => {
  const { resources } = scan(`Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: api
      Runtime: nodejs20.x
      Handler: index.handler
      Role: !GetAtt Role.Arn
      Code: {ZipFile: "exports.handler = async () => 1"}
      Environment:
        Variables: {TABLE: !Ref Table, MODE: prod}
      TracingConfig: {Mode: Active}
      VpcConfig: {SubnetIds: [subnet-1], SecurityGroupIds: [sg-1]}
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: "sts:AssumeRole"}]}
  Table: {Type: AWS::DynamoDB::Table}
  FromS3:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Ref Fn
      Action: lambda:InvokeFunction
      Principal: s3.amazonaws.com
      SourceArn: arn:aws:s3:::bucket
      SourceAccount: "111122223333"
  Public:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !GetAtt Fn.Arn
      Action: lambda:InvokeFunctionUrl
      Principal: "*"
      FunctionUrlAuthType: NONE
  Mine:
    Type: AWS::Lambda::Permission
    Properties: {FunctionName: !Ref Fn, Action: lambda:InvokeFunction, Principal: !Ref AWS::AccountId}
  Url:
    Type: AWS::Lambda::Url
    Properties: {TargetFunctionArn: !Ref Fn, AuthType: NONE, Cors: {AllowOrigins: ["*"]}}
  Bare:
    Type: AWS::Lambda::Function
    Properties: {Role: arn:aws:iam::111122223333:role/x, Code: {ImageUri: x}, PackageType: Image}
`);
  const fn = pick(resources, 'Fn', 'aws.lambda.function');
  const p = fn.properties;
  assert.equal(fn.name, 'api');
  assert.equal(p.role.value, 'template.yaml#Role');
  assert.deepEqual(p.environment.value, { TABLE: '${Table}', MODE: 'prod' });
  assert.equal(p.tracingMode.value, 'Active');
  assert.equal(p.inVpc.value, true);
  const st = p.policy.value!.Statement;
  assert.equal(st.length, 3);
  assert.deepEqual(st[2]!.Principal, { AWS: '${AWS::AccountId}' });
  assert.deepEqual(st[0]!.Principal, { Service: 's3.amazonaws.com' });
  assert.deepEqual(st[0]!.Condition, { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::bucket' }, StringEquals: { 'AWS:SourceAccount': '111122223333' } });
  assert.equal(st[1]!.Principal, '*');
  assert.deepEqual(st[1]!.Condition, { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } });
  assert.equal(st[1]!.Sid, 'Public');
  const url = pick(resources, 'Url', 'aws.lambda.function-url').properties;
  assert.equal(url.functionId.value, 'template.yaml#Fn');
  assert.deepEqual(view(url.authType), { kind: 'explicit', value: 'NONE', lines: '39-39' });
  assert.deepEqual(url.corsAllowOrigins.value, ['*']);
  const bare = pick(resources, 'Bare', 'aws.lambda.function').properties;
  assert.equal(bare.runtime.value, null);
  assert.equal(bare.policy.value, null);
  assert.equal(bare.tracingMode.value, 'PassThrough');
  assert.equal(bare.inVpc.value, false);
});

test('EKS: endpoint defaults unless ResourcesVpcConfig says otherwise; ECR', () => {
  const { resources } = scan(`Resources:
  Open:
    Type: AWS::EKS::Cluster
    Properties: {RoleArn: arn:aws:iam::1:role/eks, ResourcesVpcConfig: {SubnetIds: [a, b]}}
  Closed:
    Type: AWS::EKS::Cluster
    Properties:
      Name: closed
      Version: "1.31"
      RoleArn: arn:aws:iam::1:role/eks
      ResourcesVpcConfig: {SubnetIds: [a, b], EndpointPublicAccess: false, EndpointPrivateAccess: true}
      Logging: {ClusterLogging: {EnabledTypes: [{Type: api}, {Type: audit}]}}
      EncryptionConfig: [{Resources: [secrets], Provider: {KeyArn: arn:aws:kms:x}}]
  Repo:
    Type: AWS::ECR::Repository
    Properties: {ImageScanningConfiguration: {ScanOnPush: true}, ImageTagMutability: IMMUTABLE}
  Loose:
    Type: AWS::ECR::Repository
`);
  const open = pick(resources, 'Open', 'aws.eks.cluster').properties;
  assert.deepEqual(view(open.endpointPublicAccess), { kind: 'default', value: true, lines: '2-4' });
  assert.equal(open.endpointPrivateAccess.value, false);
  assert.deepEqual(open.publicAccessCidrs.value, ['0.0.0.0/0']);
  assert.equal(open.secretsEncryption.value, false);
  const closed = pick(resources, 'Closed', 'aws.eks.cluster');
  assert.equal(closed.name, 'closed');
  assert.equal(closed.properties.endpointPublicAccess.value, false);
  assert.equal(closed.properties.endpointPrivateAccess.value, true);
  assert.deepEqual(closed.properties.enabledLogTypes.value, ['api', 'audit']);
  assert.equal(closed.properties.secretsEncryption.value, true);
  assert.equal(pick(resources, 'Repo', 'aws.ecr.repository').properties.scanOnPush.value, true);
  const loose = pick(resources, 'Loose', 'aws.ecr.repository').properties;
  assert.equal(loose.scanOnPush.value, false);
  assert.equal(loose.imageTagMutability.value, 'MUTABLE');
  assert.equal(loose.encryptionType.value, 'AES256');
});

test('load balancers, listeners and WAF associations join by reference', () => {
  const { resources } = scan(`Resources:
  Lb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-1, subnet-2]
      SecurityGroups: [!Ref Sg]
      LoadBalancerAttributes:
        - {Key: routing.http.drop_invalid_header_fields.enabled, Value: "true"}
        - {Key: deletion_protection.enabled, Value: "false"}
  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: lb}}
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Port: 80
      Protocol: HTTP
      DefaultActions: [{Type: redirect, RedirectConfig: {Protocol: HTTPS, Port: "443", StatusCode: HTTP_301}}]
  Https:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Lb
      Port: 443
      Protocol: HTTPS
      DefaultActions: [{Type: forward, TargetGroupArn: arn:x}]
  Assoc:
    Type: AWS::WAFv2::WebACLAssociation
    Properties: {ResourceArn: !Ref Lb, WebACLArn: arn:aws:wafv2:eu-west-1:1:regional/webacl/x/y}
`);
  const lb = pick(resources, 'Lb', 'aws.elbv2.load-balancer').properties;
  assert.equal(lb.lbType.value, 'application');
  assert.equal(lb.scheme.kind, 'default');
  assert.equal(lb.scheme.value, 'internet-facing');
  assert.deepEqual(view(lb.dropInvalidHeaderFields), { kind: 'explicit', value: true, lines: '8-8' });
  assert.equal(lb.deletionProtection.value, false);
  assert.equal(lb.accessLogsEnabled.kind, 'default');
  assert.deepEqual(lb.securityGroups.value, ['template.yaml#Sg']);
  assert.deepEqual(lb.subnets.value, ['subnet-1', 'subnet-2']);
  const http = pick(resources, 'Http', 'aws.elbv2.listener').properties;
  assert.equal(http.loadBalancerId.value, 'template.yaml#Lb');
  assert.equal(http.redirectsToHttps.value, true);
  assert.equal(http.sslPolicy.value, null);
  const https = pick(resources, 'Https', 'aws.elbv2.listener').properties;
  assert.equal(https.port.value, 443);
  assert.equal(https.sslPolicy.kind, 'default');
  assert.equal(https.redirectsToHttps.value, false);
  assert.equal(pick(resources, 'Assoc', 'aws.wafv2.web-acl-association').properties.resourceId.value, 'template.yaml#Lb');
});
