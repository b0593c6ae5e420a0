import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pick, scan, view } from '../test-support.js';

test('RDS instances and clusters: defaults, explicit values, Aurora instances take the cluster encryption', () => {
  const { resources } = scan(`Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: {Engine: postgres, DBInstanceClass: db.t3.micro}
  Public:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      PubliclyAccessible: true
      StorageEncrypted: true
      KmsKeyId: !Ref Key
      BackupRetentionPeriod: 7
      MultiAZ: true
      MonitoringInterval: 60
      EnableCloudwatchLogsExports: [error]
      VPCSecurityGroups: [!GetAtt Sg.GroupId]
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: {Engine: aurora-postgresql, StorageEncrypted: true, DeletionProtection: true}
  Member:
    Type: AWS::RDS::DBInstance
    Properties: {Engine: aurora-postgresql, DBClusterIdentifier: !Ref Cluster}
  Key: {Type: AWS::KMS::Key}
  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: db}}
`);
  const db = pick(resources, 'Db', 'aws.rds.instance').properties;
  assert.deepEqual(view(db.storageEncrypted), { kind: 'default', value: false, lines: '2-4' });
  assert.equal(db.publiclyAccessible.value, false);
  assert.equal(db.backupRetentionDays.value, 1);
  assert.equal(db.autoMinorVersionUpgrade.value, true);
  assert.equal(db.enhancedMonitoring.value, false);
  const pub = pick(resources, 'Public', 'aws.rds.instance').properties;
  assert.deepEqual(view(pub.publiclyAccessible), { kind: 'explicit', value: true, lines: '9-9' });
  assert.equal(pub.kmsKeyId.value, 'template.yaml#Key');
  assert.equal(pub.enhancedMonitoring.value, true);
  assert.deepEqual(pub.cloudwatchLogsExports.value, ['error']);
  assert.deepEqual(pub.securityGroups.value, ['template.yaml#Sg']);
  const member = pick(resources, 'Member', 'aws.rds.instance').properties;
  assert.equal(member.storageEncrypted.value, true);
  assert.equal(member.clusterId.value, 'template.yaml#Cluster');
  const cluster = pick(resources, 'Cluster', 'aws.rds.cluster').properties;
  assert.equal(cluster.deletionProtection.value, true);
  assert.equal(cluster.backupRetentionDays.kind, 'default');
});

test('EFS, KMS, DynamoDB', () => {
  const { resources } = scan(`Resources:
  Fs:
    Type: AWS::EFS::FileSystem
    Properties:
      FileSystemPolicy:
        Statement: [{Effect: Allow, Principal: {AWS: "*"}, Action: "elasticfilesystem:ClientMount"}]
  Key:
    Type: AWS::KMS::Key
    Properties: {EnableKeyRotation: true}
  Rsa:
    Type: AWS::KMS::Key
    Properties: {KeySpec: RSA_2048, KeyUsage: SIGN_VERIFY}
  T1:
    Type: AWS::DynamoDB::Table
  T2:
    Type: AWS::DynamoDB::Table
    Properties:
      SSESpecification: {SSEEnabled: true, KMSMasterKeyId: !Ref Key}
      PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}
      DeletionProtectionEnabled: true
  T3:
    Type: AWS::DynamoDB::Table
    Properties: {SSESpecification: {SSEEnabled: true}}
`);
  const fs = pick(resources, 'Fs', 'aws.efs.file-system').properties;
  assert.equal(fs.encrypted.kind, 'default');
  assert.equal(fs.encrypted.value, false);
  assert.deepEqual(fs.policy.value?.Statement[0]?.Principal, { AWS: '*' });
  assert.deepEqual(view(pick(resources, 'Key', 'aws.kms.key').properties.rotationEnabled), { kind: 'explicit', value: true, lines: '9-9' });
  const rsa = pick(resources, 'Rsa', 'aws.kms.key').properties;
  assert.equal(rsa.keySpec.value, 'RSA_2048');
  assert.equal(rsa.rotationEnabled.value, false);
  assert.equal(rsa.policy.value, null);
  assert.equal(pick(resources, 'T1', 'aws.dynamodb.table').properties.encryptionKeyType.value, 'AWS_OWNED');
  const t2 = pick(resources, 'T2', 'aws.dynamodb.table').properties;
  assert.equal(t2.encryptionKeyType.value, 'CUSTOMER_MANAGED');
  assert.equal(t2.pointInTimeRecovery.value, true);
  assert.equal(t2.deletionProtection.value, true);
  assert.equal(pick(resources, 'T3', 'aws.dynamodb.table').properties.encryptionKeyType.value, 'AWS_MANAGED');
});

test('SNS and SQS with joined policies; SQS managed SSE by default; secrets with rotation', () => {
  const { resources } = scan(`Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties: {TopicName: alerts, KmsMasterKeyId: alias/aws/sns}
  TopicPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [!Ref Topic]
      PolicyDocument:
        Statement: [{Effect: Allow, Principal: "*", Action: "sns:Publish", Resource: !Ref Topic}]
  Q:
    Type: AWS::SQS::Queue
  Kq:
    Type: AWS::SQS::Queue
    Properties: {KmsMasterKeyId: !Ref Key}
  QP:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Q, !Ref Kq]
      PolicyDocument:
        Statement: [{Effect: Allow, Principal: {Service: sns.amazonaws.com}, Action: "sqs:SendMessage", Resource: !GetAtt Q.Arn}]
  Key: {Type: AWS::KMS::Key}
  S:
    Type: AWS::SecretsManager::Secret
    Properties: {Name: db}
  Rot:
    Type: AWS::SecretsManager::RotationSchedule
    Properties: {SecretId: !Ref S, RotationRules: {AutomaticallyAfterDays: 30}}
  Plain:
    Type: AWS::SecretsManager::Secret
`);
  const topic = pick(resources, 'Topic', 'aws.sns.topic');
  assert.equal(topic.name, 'alerts');
  assert.equal(topic.properties.kmsKeyId.value, 'alias/aws/sns');
  assert.equal(topic.properties.policy.value?.Statement[0]?.Resource, '${Topic}');
  const q = pick(resources, 'Q', 'aws.sqs.queue').properties;
  assert.deepEqual(view(q.sqsManagedSse), { kind: 'default', value: true, lines: '11-12' });
  assert.equal(q.policy.value?.Statement[0]?.Action, 'sqs:SendMessage');
  const kq = pick(resources, 'Kq', 'aws.sqs.queue').properties;
  assert.equal(kq.sqsManagedSse.value, false);
  assert.equal(kq.kmsKeyId.value, 'template.yaml#Key');
  assert.equal(kq.policy.kind, 'explicit');
  const s = pick(resources, 'S', 'aws.secretsmanager.secret').properties;
  assert.equal(s.rotationEnabled.value, true);
  assert.equal(s.rotationDays.value, 30);
  const plain = pick(resources, 'Plain', 'aws.secretsmanager.secret').properties;
  assert.equal(plain.rotationEnabled.kind, 'default');
  assert.equal(plain.rotationEnabled.value, false);
});

test('RDS master user and port (engine default when unset), EFS backup policy and access points', () => {
  const { resources } = scan(`Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: {Engine: postgres, DBInstanceClass: db.t3.micro, MasterUsername: postgres}
  Tuned:
    Type: AWS::RDS::DBInstance
    Properties: {Engine: mysql, DBInstanceClass: db.t3.micro, MasterUsername: shop_owner, Port: "3307", CopyTagsToSnapshot: true}
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: {Engine: aurora-mysql, MasterUsername: admin, BacktrackWindow: 86400}
  Fs:
    Type: AWS::EFS::FileSystem
    Properties: {BackupPolicy: {Status: ENABLED}}
  App:
    Type: AWS::EFS::AccessPoint
    Properties:
      FileSystemId: !Ref Fs
      PosixUser: {Uid: "1001", Gid: "1001"}
      RootDirectory: {Path: /app}
  Open:
    Type: AWS::EFS::AccessPoint
    Properties: {FileSystemId: !Ref Fs}
`);
  const db = pick(resources, 'Db', 'aws.rds.instance').properties;
  assert.deepEqual([db.masterUsername.value, db.port.value, db.port.kind, db.copyTagsToSnapshot.value], ['postgres', 5432, 'default', false]);
  const tuned = pick(resources, 'Tuned', 'aws.rds.instance').properties;
  assert.deepEqual([tuned.masterUsername.value, tuned.port.value, tuned.copyTagsToSnapshot.value], ['shop_owner', 3307, true]);
  const c = pick(resources, 'Cluster', 'aws.rds.cluster').properties;
  assert.deepEqual([c.masterUsername.value, c.backtrackWindowSeconds.value], ['admin', 86400]);
  assert.equal(pick(resources, 'Fs', 'aws.efs.file-system').properties.automaticBackups.value, true);
  const app = pick(resources, 'App', 'aws.efs.access-point').properties;
  assert.deepEqual([app.rootDirectoryPath.value, app.posixUser.value], ['/app', { uid: 1001, gid: 1001 }]);
  assert.match(String(app.fileSystemId.value), /Fs$/);
  const open = pick(resources, 'Open', 'aws.efs.access-point').properties;
  assert.deepEqual([open.rootDirectoryPath.value, open.posixUser.value], ['/', null]);
});
