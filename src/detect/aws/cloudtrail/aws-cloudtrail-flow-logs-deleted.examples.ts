import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused, viaService } from '../../kit/cloudtrail-records-b.js';

const del = () => apiCall('ec2', 'DeleteFlowLogs', { DeleteFlowLogsRequest: { FlowLogId: { content: 'fl-0a1b2c3d4e5f60718', tag: 1 } } }, { responseElements: { DeleteFlowLogsResponse: { xmlns: 'http://ec2.amazonaws.com/doc/2016-11-15/', requestId: '3f5c8d1e-1111-2222-3333-444455556666', unsuccessful: '' } } });

export default defineDetectionExamples({
  fires: [{ name: 'flow log deleted', records: [del()] }],
  quiet: [
    { name: 'refused', records: [refused(del(), 'Client.UnauthorizedOperation')] },
    { name: 'flow logs created', records: [apiCall('ec2', 'CreateFlowLogs', { CreateFlowLogsRequest: { ResourceId: { content: 'vpc-0abc', tag: 1 }, ResourceType: 'VPC', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-logs' } })] },
    { name: 'deleted by CloudFormation for a stack', records: [viaService(del(), 'cloudformation.amazonaws.com')] },
  ],
});
