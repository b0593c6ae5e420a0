import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pick, scan, view } from '../test-support.js';

test('ECS task definitions keep one value per container setting, at its line; services and clusters', () => {
  const { resources, errors } = scan(`Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: app
      TaskRoleArn: !GetAtt Role.Arn
      ContainerDefinitions:
        - Name: app
          Image: app:1
          Privileged: true
          Environment:
            - { Name: API_TOKEN, Value: abc }
          Secrets:
            - { Name: DB_PASSWORD, ValueFrom: arn:aws:secretsmanager:eu-west-1:111122223333:secret:db }
        - Name: sidecar
          User: "1000"
          ReadonlyRootFilesystem: true
          LinuxParameters: { Capabilities: { Add: [SYS_ADMIN] } }
  Role:
    Type: AWS::IAM::Role
    Properties: { AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [] } }
  Cluster:
    Type: AWS::ECS::Cluster
    Properties: { ClusterSettings: [{ Name: containerInsights, Value: enabled }] }
  Service:
    Type: AWS::ECS::Service
    Properties:
      Cluster: !Ref Cluster
      TaskDefinition: !Ref Task
      NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: ENABLED, Subnets: [subnet-1] } }
`);
  assert.deepEqual(errors, []);
  const td = pick(resources, 'Task', 'aws.ecs.task-definition').properties;
  assert.equal(td.taskRoleArn.value, 'template.yaml#Role');
  assert.equal(td.networkMode.kind, 'default');
  const [app, sidecar] = td.containers.value!;
  assert.deepEqual(view(app!.privileged), { kind: 'explicit', value: true, lines: '10-10' });
  assert.deepEqual(app!.environment.value, { API_TOKEN: 'abc' });
  assert.deepEqual(app!.secrets.value, [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db' }]);
  assert.equal(app!.user.kind, 'default');
  assert.equal(sidecar!.name, 'sidecar');
  assert.deepEqual(view(sidecar!.user), { kind: 'explicit', value: '1000', lines: '16-16' });
  assert.deepEqual(sidecar!.capabilitiesAdded.value, ['SYS_ADMIN']);
  // The default of an unset setting points at its container, where the fix goes.
  assert.equal(view(sidecar!.privileged).lines, '15-18');
  assert.equal(pick(resources, 'Cluster', 'aws.ecs.cluster').properties.containerInsights.value, 'enabled');
  const svc = pick(resources, 'Service', 'aws.ecs.service').properties;
  assert.equal(svc.assignPublicIp.value, true);
  assert.equal(svc.taskDefinition.value, 'template.yaml#Task');
});

test('AWS Backup vaults and plans, with the selections that name the plan', () => {
  const { resources, errors } = scan(`Resources:
  Vault:
    Type: AWS::Backup::BackupVault
    Properties:
      BackupVaultName: main
      EncryptionKeyArn: !GetAtt Key.Arn
      LockConfiguration: { MinRetentionDays: 35 }
  Key: { Type: AWS::KMS::Key }
  Plan:
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan:
        BackupPlanName: daily
        BackupPlanRule:
          - { RuleName: daily, TargetBackupVault: !Ref Vault, Lifecycle: { DeleteAfterDays: 30 } }
  Selection:
    Type: AWS::Backup::BackupSelection
    Properties:
      BackupPlanId: !Ref Plan
      BackupSelection:
        SelectionName: tagged
        IamRoleArn: arn:aws:iam::111122223333:role/backup
        ListOfTags: [{ ConditionType: STRINGEQUALS, ConditionKey: backup, ConditionValue: daily }]
`);
  assert.deepEqual(errors, []);
  const vault = pick(resources, 'Vault', 'aws.backup.vault').properties;
  assert.equal(vault.customerManagedKey.value, true);
  assert.equal(vault.locked.value, true);
  assert.equal(vault.accessPolicy.value, null);
  const plan = pick(resources, 'Plan', 'aws.backup.plan').properties;
  assert.deepEqual(plan.rules.value, [{ name: 'daily', targetVault: 'template.yaml#Vault', schedule: null, deleteAfterDays: 30, copyActions: [] }]);
  assert.deepEqual(plan.selections.value, [{ name: 'tagged', iamRoleArn: 'arn:aws:iam::111122223333:role/backup', resources: [], tags: [{ key: 'backup', value: 'daily' }] }]);
});
