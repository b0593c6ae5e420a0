import { defineDetection } from '../../kit/detection.js';
import { asList, asString, principalCall, req, who } from '../../kit/aws-b-params.js';

export default defineDetection({
  id: 'aws-cloudtrail-flow-logs-deleted',
  kind: 'event',
  services: ['ec2'],
  actions: ['DeleteFlowLogs'],
  title: 'VPC flow logs were deleted',
  severity: 'medium',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.008', techniqueName: 'Impair Defenses: Disable or Modify Cloud Logs' },
  description: 'DeleteFlowLogs removed network traffic logging from a VPC, subnet or interface: connections to and from the workloads (exfiltration, command and control, scanning) are no longer recorded.',
  falsePositives: 'Replacing flow logs with a new destination or format, or deleting a VPC. Check that the VPC still has a flow log.',
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteFlowLogs.html'],
  match(e) {
    if (!principalCall(e, 'ec2', 'DeleteFlowLogs')) return undefined;
    // EC2's newer APIs log the request wrapped: {DeleteFlowLogsRequest: {FlowLogId: {content, tag}}}.
    const ids = [...asList(req(e, 'DeleteFlowLogsRequest', 'FlowLogId')), ...asList(req(e, 'flowLogIds'))]
      .map((v) => asString(v) ?? asString((v as { content?: unknown } | null)?.content))
      .filter((s): s is string => s !== undefined);
    return `${who(e)} deleted flow logs ${ids.length > 0 ? ids.join(', ') : '(ids not logged)'}`;
  },
});
