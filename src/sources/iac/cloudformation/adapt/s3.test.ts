import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pick, scan, view } from '../test-support.js';

test('an S3 bucket with nothing set gets the defaults of a bucket created today, on the block', () => {
  const { resources } = scan(`Resources:
  Data:
    Type: AWS::S3::Bucket
`);
  const b = pick(resources, 'Data', 'aws.s3.bucket');
  const p = b.properties;
  assert.equal(b.name, 'Data');
  assert.deepEqual(b.origin, { kind: 'iac', framework: 'cloudformation', file: 'template.yaml', startLine: 2, endLine: 3, address: 'Data' });
  for (const v of Object.values(p.publicAccessBlock)) assert.deepEqual(view(v), { kind: 'default', value: true, lines: '2-3' });
  assert.deepEqual(view(p.objectOwnership), { kind: 'default', value: 'BucketOwnerEnforced', lines: '2-3' });
  assert.deepEqual(view(p.cannedAcl), { kind: 'default', value: 'private', lines: '2-3' });
  assert.deepEqual(view(p.encryptionAlgorithm), { kind: 'default', value: 'AES256', lines: '2-3' });
  assert.equal(p.versioningEnabled.value, false);
  assert.equal(p.loggingTargetBucket.value, null);
  assert.equal(p.policy.value, null);
  assert.equal(p.bucketName.kind, 'unresolvable');
});

test('S3 properties written in the template are explicit with their lines', () => {
  const { resources } = scan(`Resources:
  Logs:
    Type: AWS::S3::Bucket
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: data-bucket
      AccessControl: PublicRead
      ObjectLockEnabled: true
      OwnershipControls:
        Rules:
          - ObjectOwnership: ObjectWriter
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: false
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !Ref Key
      VersioningConfiguration:
        Status: Enabled
      LoggingConfiguration:
        DestinationBucketName: !Ref Logs
      LifecycleConfiguration:
        Rules:
          - {Status: Enabled, ExpirationInDays: 30}
      ReplicationConfiguration:
        Role: arn:aws:iam::111122223333:role/r
        Rules:
          - {Status: Enabled, Destination: {Bucket: arn:aws:s3:::x}}
  Key:
    Type: AWS::KMS::Key
`);
  const p = pick(resources, 'Data', 'aws.s3.bucket').properties;
  assert.equal(pick(resources, 'Data', 'aws.s3.bucket').name, 'data-bucket');
  assert.deepEqual(view(p.cannedAcl), { kind: 'explicit', value: 'public-read', lines: '8-8' });
  assert.deepEqual(view(p.objectLockEnabled), { kind: 'explicit', value: true, lines: '9-9' });
  assert.deepEqual(view(p.objectOwnership), { kind: 'explicit', value: 'ObjectWriter', lines: '12-12' });
  assert.deepEqual(view(p.publicAccessBlock.blockPublicAcls), { kind: 'explicit', value: true, lines: '14-14' });
  assert.deepEqual(view(p.publicAccessBlock.blockPublicPolicy), { kind: 'explicit', value: false, lines: '15-15' });
  // A switch left out of a configuration that exists is off (the API's default), on the block.
  assert.deepEqual(view(p.publicAccessBlock.ignorePublicAcls), { kind: 'default', value: false, lines: '4-31' });
  assert.deepEqual(view(p.encryptionAlgorithm), { kind: 'explicit', value: 'aws:kms', lines: '19-19' });
  assert.deepEqual(view(p.encryptionKmsKeyId), { kind: 'explicit', value: 'template.yaml#Key', lines: '20-20' });
  assert.deepEqual(view(p.versioningEnabled), { kind: 'explicit', value: true, lines: '22-22' });
  assert.deepEqual(view(p.loggingTargetBucket), { kind: 'explicit', value: 'template.yaml#Logs', lines: '24-24' });
  assert.equal(p.lifecycleRuleCount.value, 1);
  assert.equal(p.replicationEnabled.value, true);
});

test('bucket policies are joined by Ref or by bucket name; an unknown policy makes the policy unknown', () => {
  const { resources } = scan(`Parameters:
  P: {Type: String}
Resources:
  A:
    Type: AWS::S3::Bucket
    Properties: {BucketName: named}
  B:
    Type: AWS::S3::Bucket
  C:
    Type: AWS::S3::Bucket
  PolA:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: named
      PolicyDocument:
        Statement:
          - {Effect: Allow, Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::named/*"}
  PolB:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref B
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource: [!GetAtt B.Arn, !Sub "\${B.Arn}/*"]
            Condition: {Bool: {"aws:SecureTransport": "false"}}
  PolC:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref C
      PolicyDocument:
        Statement:
          - {Effect: Allow, Principal: {AWS: !Ref P}, Action: "s3:GetObject", Resource: "*"}
`);
  const a = pick(resources, 'A', 'aws.s3.bucket').properties.policy;
  assert.equal(a.kind, 'explicit');
  assert.equal(a.value?.Statement[0]?.Principal, '*');
  assert.equal(a.source.kind === 'iac' && a.source.startLine, 15);
  const b = pick(resources, 'B', 'aws.s3.bucket').properties.policy;
  assert.deepEqual(b.value?.Statement[0]?.Resource, ['${B.Arn}', '${B.Arn}/*']);
  const c = pick(resources, 'C', 'aws.s3.bucket').properties.policy;
  assert.equal(c.kind, 'unresolvable');
  assert.match(c.reason ?? '', /parameter P has no value/);
  assert.equal(resources.filter((r) => r.type === 'aws.s3.bucket').length, 3);
});

test('a bucket whose Condition is false is not created; an unknown condition keeps it', () => {
  const text = `Parameters:
  Env: {Type: String}
Conditions:
  Prod: !Equals [!Ref Env, prod]
Resources:
  Data:
    Type: AWS::S3::Bucket
    Condition: Prod
    Properties:
      VersioningConfiguration: !If [Prod, {Status: Enabled}, !Ref AWS::NoValue]
`;
  assert.equal(scan(text, { parameters: { Env: 'dev' } }).resources.length, 0);
  const prod = pick(scan(text, { parameters: { Env: 'prod' } }).resources, 'Data', 'aws.s3.bucket');
  assert.equal(prod.properties.versioningEnabled.value, true);
  const unknown = pick(scan(text).resources, 'Data', 'aws.s3.bucket');
  assert.equal(unknown.properties.versioningEnabled.kind, 'unresolvable');
});

test('an access point: all switches on unless configured, VPC origin and its policy', () => {
  const { resources } = scan(`Resources:
  Data:
    Type: AWS::S3::Bucket
  Plain:
    Type: AWS::S3::AccessPoint
    Properties:
      Bucket: !Ref Data
  Open:
    Type: AWS::S3::AccessPoint
    Properties:
      Bucket: data
      Name: open
      VpcConfiguration:
        VpcId: vpc-1
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
      Policy:
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: '*'
`);
  const plain = pick(resources, 'Plain', 'aws.s3.access-point').properties;
  for (const v of Object.values(plain.publicAccessBlock)) assert.deepEqual(view(v), { kind: 'default', value: true, lines: '4-7' });
  assert.equal(plain.accessPointName.kind, 'unresolvable');
  assert.equal(plain.networkOrigin.value, 'Internet');
  assert.equal(plain.policy.value, null);
  const open = pick(resources, 'Open', 'aws.s3.access-point').properties;
  assert.equal(open.bucketName.value, 'data');
  assert.equal(open.networkOrigin.value, 'VPC');
  assert.deepEqual([open.publicAccessBlock.blockPublicAcls.value, open.publicAccessBlock.restrictPublicBuckets.value], [true, false]);
  assert.equal(open.policy.value?.Statement[0]?.Principal, '*');
});
