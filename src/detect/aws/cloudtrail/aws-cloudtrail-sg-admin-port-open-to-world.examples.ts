import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const ingress = (ipProtocol: string, port: number | undefined, cidr: string, v6 = false) => apiCall('ec2', 'AuthorizeSecurityGroupIngress', {
  groupId: 'sg-0a1b2c3d4e5f67890',
  ipPermissions: { items: [{ ipProtocol, ...(port === undefined ? {} : { fromPort: port, toPort: port }), groups: {}, ipRanges: v6 ? {} : { items: [{ cidrIp: cidr }] }, ipv6Ranges: v6 ? { items: [{ cidrIpv6: cidr }] } : {}, prefixListIds: {} }] },
});

export default defineDetectionExamples({
  fires: [
    { name: 'SSH from anywhere', records: [ingress('tcp', 22, '0.0.0.0/0')] },
    { name: 'all traffic from anywhere over IPv6', records: [ingress('-1', undefined, '::/0', true)] },
    { name: 'PostgreSQL through ModifySecurityGroupRules', records: [apiCall('ec2', 'ModifySecurityGroupRules', { ModifySecurityGroupRulesRequest: { GroupId: 'sg-0a1b2c3d4e5f67890', SecurityGroupRule: { tag: 1, SecurityGroupRuleId: 'sgr-0123456789abcdef0', SecurityGroupRule: { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIpv4: '0.0.0.0/0' } } } })] },
  ],
  quiet: [
    { name: 'SSH from the office', records: [ingress('tcp', 22, '203.0.113.0/24')] },
    { name: 'HTTPS from anywhere (low-severity detection)', records: [ingress('tcp', 443, '0.0.0.0/0')] },
    { name: 'refused', records: [refused(ingress('tcp', 22, '0.0.0.0/0'), 'Client.UnauthorizedOperation')] },
  ],
});
