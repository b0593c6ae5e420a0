import { check, defineRule } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-flow-log-rejected-traffic',
  title: 'VPC flow log does not capture rejected traffic',
  severity: 'low',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.flow-log',
  description: 'A flow log should record rejected traffic (traffic type REJECT or ALL). A flow log of ACCEPT only leaves out the connection attempts that security groups and network ACLs turned away.',
  risk: 'Rejected flows are where port scans, brute-force attempts and blocked exfiltration show up; without them an investigation sees only what succeeded.',
  remediation: {
    cli: 'aws ec2 delete-flow-logs --flow-log-ids FLOW_LOG_ID && aws ec2 create-flow-logs --resource-type VPC --resource-ids VPC_ID --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::FLOW_LOG_BUCKET',
    terraform: `resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flow_logs.arn
}`,
    cloudformation: `Type: AWS::EC2::FlowLog
Properties:
  ResourceId: !Ref Vpc
  ResourceType: VPC
  TrafficType: ALL
  LogDestinationType: s3
  LogDestination: !GetAtt FlowLogBucket.Arn`,
    console: 'VPC > Your VPCs > the VPC > Flow logs: flow logs cannot be edited; create one with Filter All (or Reject) and delete the Accept-only one.',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html', 'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6'],
  evaluate(log) {
    return check('trafficType', log.properties.trafficType, (t) => t.toUpperCase() === 'ALL' || t.toUpperCase() === 'REJECT', {
      pass: `the flow log captures ${log.properties.trafficType.value ?? ''} traffic, rejected flows included`,
      fail: `the flow log captures ${log.properties.trafficType.value ?? ''} traffic only: rejected flows are not recorded`,
    });
  },
});
