/**
 * End to end through scanTerraform: ECS task definitions whose `container_definitions` is `jsonencode(...)`
 * (settings point at the attribute) or a heredoc JSON string (parsed, each value on its line of the heredoc),
 * and the AWS Backup joins (vault lock and policy onto the vault, selections onto the plan).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BackupPlanProperties, BackupVaultProperties, EcsTaskDefinitionProperties } from '../../../model/aws/index.js';
import type { Resource, Value } from '../../../model/core/index.js';
import { scanTerraform } from './index.js';
import { writeFixture } from './testing.js';

const line = (v: Value<unknown>) => (v.source.kind === 'iac' ? v.source.startLine : undefined);

function props<P>(resources: readonly Resource[], uidEnd: string): P {
  const r = resources.find((x) => x.uid.endsWith(uidEnd));
  assert.ok(r, `no ${uidEnd} in ${resources.map((x) => x.uid).join(', ')}`);
  return r.properties as P;
}

const TASKS = `resource "aws_iam_role" "task" {
  name               = "task"
  assume_role_policy = "{}"
}
resource "aws_ecs_task_definition" "encoded" {
  family        = "encoded"
  task_role_arn = aws_iam_role.task.arn
  container_definitions = jsonencode([{
    name       = "app"
    image      = "app:1"
    privileged = true
    environment = [{ name = "DB_PASSWORD", value = "x-literal" }]
  }])
}
resource "aws_ecs_task_definition" "heredoc" {
  family                = "heredoc"
  network_mode          = "host"
  container_definitions = <<-EOT
    [
      {
        "name": "web",
        "user": "0",
        "linuxParameters": { "capabilities": { "add": ["NET_ADMIN"] } },
        "logConfiguration": { "logDriver": "awslogs" }
      }
    ]
  EOT
}
`;

test('container definitions from jsonencode and from a heredoc, with per-setting lines', async () => {
  const res = await scanTerraform([writeFixture({ 'main.tf': TASKS })]);
  assert.deepEqual(res.errors, []);
  const enc = props<EcsTaskDefinitionProperties>(res.resources, 'aws_ecs_task_definition.encoded');
  assert.match(enc.taskRoleArn.value ?? '', /:aws_iam_role\.task$/);
  const app = enc.containers.value![0]!;
  assert.equal(app.name, 'app');
  assert.equal(app.privileged.value, true);
  // jsonencode is evaluated to its string: the settings point at the attribute.
  assert.equal(line(app.privileged), 8);
  assert.deepEqual(app.environment.value, { DB_PASSWORD: 'x-literal' });
  assert.equal(app.user.kind, 'default');
  assert.equal(enc.revision.kind, 'unresolvable');
  const here = props<EcsTaskDefinitionProperties>(res.resources, 'aws_ecs_task_definition.heredoc');
  assert.equal(here.networkMode.value, 'host');
  const web = here.containers.value![0]!;
  assert.equal(web.user.value, '0');
  assert.equal(line(web.user), 22);
  assert.deepEqual(web.capabilitiesAdded.value, ['NET_ADMIN']);
  assert.equal(line(web.capabilitiesAdded), 23);
  assert.equal(web.logDriver.value, 'awslogs');
  assert.equal(web.privileged.kind, 'default');
});

const BACKUP = `resource "aws_backup_vault" "main" {
  name = "main"
}
resource "aws_backup_vault_lock_configuration" "main" {
  backup_vault_name  = aws_backup_vault.main.name
  min_retention_days = 35
}
resource "aws_backup_vault_policy" "main" {
  backup_vault_name = "main"
  policy            = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Deny", Principal = "*", Action = "backup:DeleteRecoveryPoint", Resource = "*" }] })
}
resource "aws_backup_plan" "daily" {
  name = "daily"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 3 * * ? *)"
    copy_action {
      destination_vault_arn = "arn:aws:backup:us-east-1:111122223333:backup-vault:dr"
      lifecycle {
        delete_after = 90
      }
    }
  }
}
resource "aws_backup_selection" "db" {
  name         = "db"
  plan_id      = aws_backup_plan.daily.id
  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
  resources    = ["arn:aws:rds:eu-west-1:111122223333:db:ledger"]
}
`;

test('vault lock and policy join onto the vault (by reference and by name); selections onto the plan', async () => {
  const res = await scanTerraform([writeFixture({ 'main.tf': BACKUP })]);
  assert.deepEqual(res.errors, []);
  const vault = props<BackupVaultProperties>(res.resources, 'aws_backup_vault.main');
  assert.equal(vault.locked.value, true);
  assert.equal(vault.customerManagedKey.value, false);
  assert.equal(vault.accessPolicy.value?.Statement[0]?.Effect, 'Deny');
  const plan = props<BackupPlanProperties>(res.resources, 'aws_backup_plan.daily');
  assert.match(plan.rules.value?.[0]?.targetVault ?? '', /:aws_backup_vault\.main$/);
  assert.deepEqual(plan.rules.value?.map((r) => ({ ...r, targetVault: '' })), [{ name: 'daily', targetVault: '', schedule: 'cron(0 3 * * ? *)', deleteAfterDays: null, copyActions: [{ destinationVaultArn: 'arn:aws:backup:us-east-1:111122223333:backup-vault:dr', deleteAfterDays: 90 }] }]);
  assert.deepEqual(plan.selections.value, [{ name: 'db', iamRoleArn: 'arn:aws:iam::111122223333:role/backup', resources: ['arn:aws:rds:eu-west-1:111122223333:db:ledger'], tags: [] }]);
});
