import { defineDetectionExamples } from '../../kit/examples.js';
import { apiCall, refused } from '../../kit/cloudtrail-records-b.js';

const entry = (p: Record<string, unknown>) => apiCall('ec2', 'CreateNetworkAclEntry', { networkAclId: 'acl-0a1b2c3d4e5f67890', ruleNumber: 90, egress: false, ruleAction: 'allow', icmpTypeCode: {}, aclProtocol: '-1', cidrBlock: '0.0.0.0/0', ...p });

export default defineDetectionExamples({
  fires: [
    { name: 'all protocols from anywhere', records: [entry({})] },
    { name: 'every TCP port over IPv6', records: [entry({ aclProtocol: '6', portRange: { from: 0, to: 65535 }, cidrBlock: undefined, ipv6CidrBlock: '::/0' })] },
  ],
  quiet: [
    { name: 'HTTPS only', records: [entry({ aclProtocol: '6', portRange: { from: 443, to: 443 } })] },
    { name: 'egress rule', records: [entry({ egress: true })] },
    { name: 'deny rule', records: [entry({ ruleAction: 'deny' })] },
    { name: 'refused', records: [refused(entry({}), 'Client.UnauthorizedOperation')] },
  ],
});
