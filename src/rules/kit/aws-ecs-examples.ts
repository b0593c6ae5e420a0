/**
 * Terraform and CloudFormation skeletons for the ECS and AWS Backup rule examples: one task definition with
 * one `app` container (`container` lines inside the container, `extra` lines on the task definition).
 */

export const ecsTaskTf = (container: string, extra = '', head = '') => `${head}resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
${extra}
  container_definitions = jsonencode([{
    name      = "app"
    image     = "public.ecr.aws/acme/app:1.4.2"
    essential = true
${container}
  }])
}`;

export const ecsTaskCfn = (container: string, extra = '') => `Resources:
  App:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: app
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: "256"
      Memory: "512"
${extra}
      ContainerDefinitions:
        - Name: app
          Image: public.ecr.aws/acme/app:1.4.2
          Essential: true
${container}
`;

export const backupVaultTf = (extra: string, head = '') => `${head}resource "aws_backup_vault" "main" {
  name = "main"
${extra}
}`;

export const backupVaultCfn = (props: string) => `Resources:
  Vault:
    Type: AWS::Backup::BackupVault
    Properties:
      BackupVaultName: main
${props}
`;
