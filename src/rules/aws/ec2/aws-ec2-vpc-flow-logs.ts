import { isKnown } from '../../../model/core/index.js';
import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';

export default defineRule({
  id: 'aws-ec2-vpc-flow-logs',
  title: 'VPC flow logging is not enabled',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.vpc',
  description:
    'Every VPC should have a flow log (to CloudWatch Logs, S3 or Firehose). A flow log whose target cannot be resolved (say, a Terraform variable) makes the verdict unknown for VPCs that have no other flow log.',
  risk: 'Without flow logs there is no record of which addresses talked to which instances: scanning, lateral movement and exfiltration go unseen and incidents cannot be reconstructed.',
  remediation: {
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids VPC_ID --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::FLOW_LOG_BUCKET',
    terraform: `resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flow_logs.arn
}`,
    cloudformation: `VpcFlowLog:
  Type: AWS::EC2::FlowLog
  Properties:
    ResourceId: !Ref Vpc
    ResourceType: VPC
    TrafficType: ALL
    LogDestinationType: s3
    LogDestination: !GetAtt FlowLogBucket.Arn`,
    console: 'VPC > Your VPCs > the VPC > Flow logs > Create flow log: Filter All (or Reject), destination CloudWatch Logs or S3.',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-6',
  ],
  evaluate(vpc, ctx) {
    const logs = ctx.referencing('aws.ec2.flow-log', 'resourceId', vpc.uid);
    if (logs.length > 0) {
      const ev = logs.map((l) => evidence(`flowLog(${l.name}).resourceId`, l.properties.resourceId));
      return pass(`The VPC has ${logs.length} flow log(s): ${logs.map((l) => l.name).join(', ')}`, ...ev);
    }
    // Only a flow log of the same account can be this VPC's.
    const unresolved = ctx.inAccount('aws.ec2.flow-log', vpc.account).filter((l) => !isKnown(l.properties.resourceId));
    if (unresolved.length > 0) {
      return unknown(`No flow log names this VPC, but the target of flow log(s) ${unresolved.map((l) => l.name).join(', ')} is unknown and may be it`);
    }
    return fail('No flow log is attached to the VPC');
  },
});
