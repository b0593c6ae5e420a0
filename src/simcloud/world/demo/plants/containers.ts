/**
 * Container and backup plants of the demo world (issue 4): production's payments worker runs on ECS as a
 * privileged root container with the database password in its environment and the automation role (an
 * administrator) as task role; its cluster has no Container Insights and its service hands tasks public IPs.
 * Production's backup vault uses the AWS managed key and has no Vault Lock, and the region that holds the
 * payments databases has no backup plan at all, so none of its databases, tables or file systems is covered.
 */
import type { WorldInput } from '../../schema.js';
import { PRODUCTION } from '../production.js';
import { doc } from '../common.js';
import { append, type PlantFamily } from './merge.js';

const R = 'eu-west-1';
const WORKER = 'payments-worker';
/** Production's AWS managed key for AWS Backup (what a vault created without a key of its own uses). */
const AWS_BACKUP_KEY = '7e0a9d1c-0000-4000-8000-0000000002b7';

function plantEcs(world: WorldInput): void {
  append(world, PRODUCTION, R, 'ecs', 'taskDefinitions', {
    family: WORKER, revision: 3, networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'],
    taskRoleArn: `arn:aws:iam::${PRODUCTION}:role/payments-automation`,
    executionRoleArn: `arn:aws:iam::${PRODUCTION}:role/payments-automation`,
    containerDefinitions: [{
      name: 'worker', image: `${PRODUCTION}.dkr.ecr.${R}.amazonaws.com/payments-api:2026.11`, essential: true, privileged: true,
      environment: [{ name: 'LEDGER_DB_HOST', value: 'ledger-db.internal' }, { name: 'LEDGER_DB_PASSWORD', value: 'Winter2026-ledger!' }],
      portMappings: [{ containerPort: 8443, hostPort: 8443, protocol: 'tcp' }],
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/payments-worker', 'awslogs-region': R } },
    }],
  });
  append(world, PRODUCTION, R, 'ecs', 'clusters', { clusterName: 'payments', settings: [{ name: 'containerInsights', value: 'disabled' }] });
  append(world, PRODUCTION, R, 'ecs', 'services', {
    serviceName: WORKER, clusterName: 'payments', launchType: 'FARGATE', taskDefinition: `arn:aws:ecs:${R}:${PRODUCTION}:task-definition/${WORKER}:3`,
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-prod-a'], securityGroups: ['sg-prod-app'], assignPublicIp: 'ENABLED' } },
  });
}

function plantBackup(world: WorldInput): void {
  append(world, PRODUCTION, R, 'kms', 'Keys', {
    KeyMetadata: { KeyId: AWS_BACKUP_KEY, Description: 'Default key that protects my backups when no other key is defined', KeyManager: 'AWS' },
    Policy: doc([{ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:CreateGrant', 'kms:DescribeKey'], Resource: '*', Condition: { StringEquals: { 'kms:ViaService': `backup.${R}.amazonaws.com`, 'kms:CallerAccount': PRODUCTION } } }]),
  });
  append(world, PRODUCTION, R, 'kms', 'Aliases', { AliasName: 'alias/aws/backup', TargetKeyId: AWS_BACKUP_KEY });
  // Created by hand for a one-off restore test and never given a plan, a key of its own or a lock.
  append(world, PRODUCTION, R, 'backup', 'BackupVaults', { BackupVaultName: 'payments-restore-test', EncryptionKeyArn: `arn:aws:kms:${R}:${PRODUCTION}:key/${AWS_BACKUP_KEY}`, Locked: false });
}

export const containerPlants: PlantFamily = {
  name: 'containers',
  plant(world) {
    plantEcs(world);
    plantBackup(world);
  },
  expected: [
    ['aws-ecs-task-definition-privileged', PRODUCTION, WORKER],
    ['aws-ecs-task-definition-root-user', PRODUCTION, WORKER],
    ['aws-ecs-task-definition-env-secrets', PRODUCTION, WORKER],
    ['aws-ecs-task-definition-writable-root-fs', PRODUCTION, WORKER],
    ['aws-ecs-task-definition-admin-role', PRODUCTION, WORKER],
    ['aws-ecs-cluster-container-insights', PRODUCTION, 'cluster/payments'],
    ['aws-ecs-service-public-ip', PRODUCTION, WORKER],
    ['aws-backup-vault-cmk', PRODUCTION, 'payments-restore-test'],
    ['aws-backup-vault-lock', PRODUCTION, 'payments-restore-test'],
    ['aws-backup-region-no-plan', PRODUCTION, R],
    ['aws-backup-rds-instance-not-covered', PRODUCTION, 'payments-db'],
    ['aws-backup-dynamodb-table-not-covered', PRODUCTION, 'orders'],
    ['aws-backup-efs-not-covered', PRODUCTION, 'fs-0shared'],
  ],
};
