import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ecs-service-public-ip',
  title: 'ECS service assigns public IP addresses to its tasks',
  severity: 'high',
  provider: 'aws',
  service: 'ecs',
  resourceType: 'aws.ecs.service',
  description: 'ECS services should not set `assignPublicIp` to ENABLED: tasks belong in private subnets, reached through a load balancer and reaching out through NAT or VPC endpoints.',
  risk: 'A task with a public address is reachable from the internet on every port its security group allows, bypassing the load balancer, WAF and their logs.',
  remediation: {
    cli: 'aws ecs update-service --cluster CLUSTER --service SERVICE --network-configuration "awsvpcConfiguration={subnets=[subnet-private-a],securityGroups=[sg-app],assignPublicIp=DISABLED}"',
    terraform: `network_configuration {
  subnets          = [aws_subnet.private_a.id]
  security_groups  = [aws_security_group.app.id]
  assign_public_ip = false
}`,
    cloudformation: `NetworkConfiguration:
  AwsvpcConfiguration:
    AssignPublicIp: DISABLED
    Subnets: [!Ref PrivateSubnetA]`,
    console: 'ECS > Clusters > the cluster > Services > the service > Update > Networking: turn Public IP off and choose private subnets.',
  },
  references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-2'],
  evaluate(svc) {
    return check('assignPublicIp', svc.properties.assignPublicIp, (p) => !p, {
      pass: 'The service does not assign public IP addresses',
      fail: 'The service assigns public IP addresses to its tasks',
    });
  },
});
