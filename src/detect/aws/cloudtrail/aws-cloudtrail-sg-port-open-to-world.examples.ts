import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const ingress = (port: number, cidr: string) => apiCall('ec2', 'AuthorizeSecurityGroupIngress', {
  groupId: 'sg-0a1b2c3d4e5f67890',
  ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: port, toPort: port, groups: {}, ipRanges: { items: [{ cidrIp: cidr }] }, ipv6Ranges: {}, prefixListIds: {} }] },
});

export default defineDetectionExamples({
  fires: [{ name: 'HTTPS from anywhere', records: [ingress(443, '0.0.0.0/0')] }],
  quiet: [
    { name: 'HTTPS from a partner range', records: [ingress(443, '198.51.100.0/24')] },
    { name: 'SSH from anywhere (high-severity detection)', records: [ingress(22, '0.0.0.0/0')] },
    { name: 'refused', records: [refused(ingress(443, '0.0.0.0/0'), 'Client.UnauthorizedOperation')] },
  ],
});
