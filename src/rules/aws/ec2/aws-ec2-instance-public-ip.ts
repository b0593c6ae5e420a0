import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-instance-public-ip',
  title: 'EC2 instance has a public IPv4 address',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  description: 'EC2 instances should not get a public IPv4 address; reach them through a load balancer, NAT gateway, VPN or Systems Manager Session Manager.',
  risk: 'A public address makes the instance directly reachable from the internet: one permissive security group rule away from exposure, and a target for scanning from the moment it boots.',
  remediation: {
    cli: 'aws ec2 modify-subnet-attribute --subnet-id SUBNET_ID --no-map-public-ip-on-launch   # then relaunch the instance without a public address',
    terraform: `resource "aws_instance" "app" {
  # ...
  subnet_id                   = aws_subnet.private.id
  associate_public_ip_address = false
}`,
    cloudformation: `App:
  Type: AWS::EC2::Instance
  Properties:
    NetworkInterfaces:
      - DeviceIndex: "0"
        SubnetId: !Ref PrivateSubnet
        AssociatePublicIpAddress: false`,
    console: 'Launch a replacement instance in a private subnet with "Auto-assign public IP" disabled; expose it through a load balancer or Session Manager instead.',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9',
  ],
  evaluate(instance) {
    return check('hasPublicIp', instance.properties.hasPublicIp, (pub) => !pub, {
      pass: 'The instance has no public IPv4 address',
      fail: 'The instance has a public IPv4 address',
    });
  },
});
