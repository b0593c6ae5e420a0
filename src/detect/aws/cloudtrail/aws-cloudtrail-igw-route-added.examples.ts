import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const route = (p: Record<string, unknown>) => apiCall('ec2', 'CreateRoute', { routeTableId: 'rtb-0a1b2c3d4e5f67890', destinationCidrBlock: '0.0.0.0/0', ...p }, { responseElements: { requestId: 'b1c2d3e4-1111-2222-3333-444455556666', _return: true } });

export default defineDetectionExamples({
  fires: [{ name: 'default route to an IGW', records: [route({ gatewayId: 'igw-0a1b2c3d4e5f67890' })] }],
  quiet: [
    { name: 'default route to a NAT gateway', records: [route({ natGatewayId: 'nat-0a1b2c3d4e5f67890' })] },
    { name: 'a specific range to the IGW', records: [route({ destinationCidrBlock: '203.0.113.0/24', gatewayId: 'igw-0a1b2c3d4e5f67890' })] },
    { name: 'refused', records: [refused(route({ gatewayId: 'igw-0a1b2c3d4e5f67890' }), 'Client.UnauthorizedOperation')] },
  ],
});
